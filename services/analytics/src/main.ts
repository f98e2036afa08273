// Telemetry first: the modules it traces load after it starts (see @longcode/kit startTelemetry).

import { createLogger, onShutdown, parseConfigOrExit, startTelemetry } from '@longcode/kit';
import { configSchema } from './config.js';

const config = parseConfigOrExit(configSchema, process.env);
const telemetry = startTelemetry({
  serviceName: 'analytics',
  otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
});
const logger = createLogger({ level: config.LOG_LEVEL, service: 'analytics' });

const { topics } = await import('@longcode/contracts');
const { connectBackbone } = await import('@longcode/runtime');
const { buildApp } = await import('./app.js');
const { brandDirectoryMigration, projectBrands } = await import('./brands/projection.js');
const { projectSendable, sendableMigrations, sendableTopics } = await import('@longcode/sendable');

const backbone = await connectBackbone({
  service: 'analytics',
  config,
  logger,
  migrations: [brandDirectoryMigration, ...sendableMigrations],
  topics: [
    { name: topics.registrationBrand, partitions: 6 },
    { name: topics.registrationCampaign, partitions: 6 },
    { name: topics.numbersNumber, partitions: 6 },
  ],
});
/** One consumer group per read model, so each can be rebuilt from Kafka on its own. */
const projections = [
  backbone.consumer('analytics.brand-directory', topics.registrationBrand, { handle: projectBrands }),
  backbone.consumer('analytics.sendable', sendableTopics, {
    handleBatch: projectSendable,
  }),
];
const app = buildApp({ logger, db: backbone.db, readiness: backbone.readiness });

onShutdown({
  logger,
  timeoutMs: 10_000,
  steps: [
    { name: 'projections', close: async () => void (await Promise.all(projections.map((p) => p.stop()))) },
    { name: 'http server', close: () => app.close() },
    ...backbone.closeSteps,
    { name: 'telemetry', close: () => telemetry.shutdown() },
  ],
});

for (const p of projections) await p.start();
await app.listen({ host: config.HTTP_HOST, port: config.HTTP_PORT });
