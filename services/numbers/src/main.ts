// Telemetry first: the modules it traces load after it starts (see @longcode/kit startTelemetry).

import { createLogger, onShutdown, parseConfigOrExit, startTelemetry } from '@longcode/kit';
import { configSchema } from './config.js';

const config = parseConfigOrExit(configSchema, process.env);
const telemetry = startTelemetry({
  serviceName: 'numbers',
  otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
});
const logger = createLogger({ level: config.LOG_LEVEL, service: 'numbers' });

const { topics } = await import('@longcode/contracts');
const { connectBackbone } = await import('@longcode/runtime');
const { numberProviders } = await import('@longcode/numbering');
const { buildApp } = await import('./app.js');
const { inventoryMigration, portInAuthorisationMigration } = await import('./inventory/inventory.js');
const { campaignsMigration } = await import('./campaigns/campaigns.js');
const { createCampaignHandler } = await import('./campaigns/expiry.js');
const { createProvisioner } = await import('./provisioning/provisioner.js');
const { createReconciler } = await import('./provisioning/reconciler.js');

const backbone = await connectBackbone({
  service: 'numbers',
  config,
  logger,
  migrations: [inventoryMigration, campaignsMigration, portInAuthorisationMigration],
  topics: [{ name: topics.numbersNumber, partitions: 6 }],
});
const providerName = config.NUMBER_PROVIDER;
const provider = numberProviders[providerName]({
  baseUrl: config.NUMBER_PROVIDER_URL,
  apiKey: config.NUMBER_PROVIDER_API_KEY,
  ...(config.NUMBER_MESSAGING_PROFILE_ID ? { messagingProfileId: config.NUMBER_MESSAGING_PROFILE_ID } : {}),
});
const deps = { db: backbone.db, store: backbone.store, provider, logger };
/** One consumer group per job: the campaign view, and carrying our own events to the provider. */
const consumers = [
  backbone.consumer('numbers.campaigns', topics.registrationCampaign, {
    handleBatch: createCampaignHandler(deps),
  }),
  backbone.consumer('numbers.provisioner', topics.numbersNumber, { handle: createProvisioner(deps) }),
];
const reconciler = createReconciler({
  ...deps,
  intervalMs: config.NUMBERS_RECONCILE_INTERVAL_MS,
  graceMs: config.NUMBERS_RECONCILE_INTERVAL_MS,
});
const app = buildApp({ ...deps, providerName, readiness: backbone.readiness });

onShutdown({
  logger,
  timeoutMs: 10_000,
  steps: [
    { name: 'http server', close: () => app.close() },
    { name: 'reconciler', close: () => reconciler.stop() },
    { name: 'consumers', close: async () => void (await Promise.all(consumers.map((c) => c.stop()))) },
    ...backbone.closeSteps,
    { name: 'telemetry', close: () => telemetry.shutdown() },
  ],
});

backbone.relay.start();
for (const c of consumers) await c.start();
reconciler.start();
await app.listen({ host: config.HTTP_HOST, port: config.HTTP_PORT });
