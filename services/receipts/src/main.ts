// Telemetry first: the modules it traces load after it starts (see @longcode/kit startTelemetry).

import { createLogger, onShutdown, parseConfigOrExit, startTelemetry } from '@longcode/kit';
import { configSchema } from './config.js';

const config = parseConfigOrExit(configSchema, process.env);
const telemetry = startTelemetry({
  serviceName: 'receipts',
  otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
});
const logger = createLogger({ level: config.LOG_LEVEL, service: 'receipts' });

const { smsProviders } = await import('@longcode/providers');
const providers = Object.fromEntries(
  config.RECEIPT_PROVIDERS.map((name) => {
    const vendor = smsProviders[name];
    // Each vendor checks its own variables; the union of their configs is not one type, hence the cast.
    return [name, vendor.create(parseConfigOrExit(vendor.config, process.env) as never)];
  }),
);

const { topics } = await import('@longcode/contracts');
const { connectBackbone } = await import('@longcode/runtime');
const { buildApp } = await import('./app.js');
const { receiptsMigrations } = await import('./webhooks/store.js');
const { forgetRejected } = await import('./webhooks/record.js');

const backbone = await connectBackbone({
  service: 'receipts',
  config,
  logger,
  migrations: receiptsMigrations,
  topics: [
    { name: topics.receiptsDelivery, partitions: 12 },
    { name: topics.receiptsInbound, partitions: 6 },
  ],
});
const publicUrl = config.RECEIPTS_PUBLIC_URL ?? `http://127.0.0.1:${config.HTTP_PORT}`;
const app = buildApp({
  logger,
  db: backbone.db,
  store: backbone.store,
  providers,
  publicUrl,
  readiness: backbone.readiness,
});

// Refused webhooks are kept 30 days; a round starts once the last one ended.
let forgetting = Promise.resolve();
const forgetTimer = setInterval(() => {
  forgetting = forgetting
    .then(async () => {
      const deleted = await forgetRejected(backbone.db, new Date());
      if (deleted > 0) logger.info({ deleted }, 'refused webhooks past 30 days deleted');
    })
    .catch((err) => logger.warn({ err }, 'deleting old refused webhooks failed'));
}, 600_000);

onShutdown({
  logger,
  timeoutMs: 10_000,
  steps: [
    {
      name: 'refused webhooks',
      close: async () => {
        clearInterval(forgetTimer);
        await forgetting;
      },
    },
    { name: 'http server', close: () => app.close() },
    ...backbone.closeSteps,
    { name: 'telemetry', close: () => telemetry.shutdown() },
  ],
});

backbone.relay.start();
await app.listen({ host: config.HTTP_HOST, port: config.HTTP_PORT });
