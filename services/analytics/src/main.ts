// Telemetry first: the modules it traces load after it starts (see @longcode/kit startTelemetry).
import { createLogger, onShutdown, parseConfigOrExit, startTelemetry } from '@longcode/kit';
import { configSchema } from './config.js';

const config = parseConfigOrExit(configSchema, process.env);
const telemetry = startTelemetry({
  serviceName: 'analytics',
  otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
});
const logger = createLogger({ level: config.LOG_LEVEL, service: 'analytics' });

const { deadLetterTopic, retryTopic, topics } = await import('@longcode/contracts');
const { createProjectionConsumer } = await import('@longcode/eventstore');
const { connectBackbone } = await import('@longcode/runtime');
const { buildApp } = await import('./app.js');
const { brandDirectoryMigration, projectBrands } = await import('./brands/projection.js');

const group = 'analytics.brand-directory';
const backbone = await connectBackbone({
  service: 'analytics',
  config,
  logger,
  migrations: [brandDirectoryMigration],
  topics: [{ name: topics.registrationBrand, partitions: 6 }],
});
const brands = createProjectionConsumer({
  kafka: backbone.kafka,
  db: backbone.db,
  serde: backbone.registry,
  logger,
  groupId: group,
  topics: [topics.registrationBrand],
  handle: projectBrands,
  retryTopic: retryTopic(group),
  deadLetterTopic: deadLetterTopic(group),
});
const app = buildApp({ logger, db: backbone.db, readiness: backbone.readiness });

onShutdown({
  logger,
  timeoutMs: 10_000,
  steps: [
    { name: 'brand directory consumer', close: () => brands.stop() },
    { name: 'http server', close: () => app.close() },
    ...backbone.closeSteps,
    { name: 'telemetry', close: () => telemetry.shutdown() },
  ],
});

await brands.start();
await app.listen({ host: config.HTTP_HOST, port: config.HTTP_PORT });
