// Telemetry first: the modules it traces load after it starts (see @longcode/kit startTelemetry).
import { createLogger, onShutdown, parseConfigOrExit, startTelemetry } from '@longcode/kit';
import { configSchema } from './config.js';

const config = parseConfigOrExit(configSchema, process.env);
const telemetry = startTelemetry({
  serviceName: 'registration',
  otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
});
const logger = createLogger({ level: config.LOG_LEVEL, service: 'registration' });

const { topics } = await import('@longcode/contracts');
const { connectBackbone } = await import('@longcode/runtime');
const { buildApp } = await import('./app.js');

const backbone = await connectBackbone({
  service: 'registration',
  config,
  logger,
  topics: [{ name: topics.registrationBrand, partitions: 6 }],
});
const app = buildApp({ logger, store: backbone.store, readiness: backbone.readiness });

onShutdown({
  logger,
  timeoutMs: 10_000,
  steps: [
    { name: 'http server', close: () => app.close() },
    ...backbone.closeSteps,
    { name: 'telemetry', close: () => telemetry.shutdown() },
  ],
});

backbone.relay.start();
await app.listen({ host: config.HTTP_HOST, port: config.HTTP_PORT });
