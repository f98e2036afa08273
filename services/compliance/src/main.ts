// Telemetry first: the modules it traces load after it starts (see @longcode/kit startTelemetry).

import { createLogger, onShutdown, parseConfigOrExit, startTelemetry } from '@longcode/kit';
import { configSchema } from './config.js';

const config = parseConfigOrExit(configSchema, process.env);
const telemetry = startTelemetry({
  serviceName: 'compliance',
  otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
});
const logger = createLogger({ level: config.LOG_LEVEL, service: 'compliance' });

const { topics } = await import('@longcode/contracts');
const { connectBackbone } = await import('@longcode/runtime');
const { buildApp } = await import('./app.js');
const { directoryMigration, projectDirectory } = await import('./directory/directory.js');
const { createInboundHandler } = await import('./inbound/handle-inbound.js');
const { inboundMessagesMigration } = await import('./inbound/messages.js');
const { optOutsMigration } = await import('./opt-outs/opt-outs.js');

const backbone = await connectBackbone({
  service: 'compliance',
  config,
  logger,
  migrations: [directoryMigration, inboundMessagesMigration, optOutsMigration],
  topics: [
    { name: topics.complianceConsent, partitions: 6 },
    { name: topics.receiptsInbound, partitions: 6 },
    { name: topics.numbersNumber, partitions: 6 },
    { name: topics.registrationCampaign, partitions: 6 },
    { name: topics.registrationBrand, partitions: 6 },
  ],
});
const consumers = [
  backbone.consumer(
    'compliance.directory',
    [topics.numbersNumber, topics.registrationCampaign, topics.registrationBrand],
    {
      handleBatch: projectDirectory,
    },
  ),
  backbone.consumer('compliance.inbound', topics.receiptsInbound, {
    handle: createInboundHandler({ store: backbone.store, logger }),
  }),
];
const app = buildApp({ logger, db: backbone.db, store: backbone.store, readiness: backbone.readiness });

onShutdown({
  logger,
  timeoutMs: 10_000,
  steps: [
    { name: 'http server', close: () => app.close() },
    { name: 'consumers', close: async () => void (await Promise.all(consumers.map((c) => c.stop()))) },
    ...backbone.closeSteps,
    { name: 'telemetry', close: () => telemetry.shutdown() },
  ],
});

backbone.relay.start();
for (const c of consumers) await c.start();
await app.listen({ host: config.HTTP_HOST, port: config.HTTP_PORT });
