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
const { registrationProviders } = await import('@longcode/tcr');
const { buildApp } = await import('./app.js');
const { providerIdsMigrations } = await import('./registry/provider-ids.js');
const { soleProprietorSlotMigration } = await import('./campaign/sole-proprietor-slot.js');
const { createBrandSubmitter } = await import('./registry/submit-brands.js');
const { createCampaignForwarder } = await import('./registry/forward-campaigns.js');

const backbone = await connectBackbone({
  service: 'registration',
  config,
  logger,
  migrations: [...providerIdsMigrations, soleProprietorSlotMigration],
  topics: [
    { name: topics.registrationBrand, partitions: 6 },
    { name: topics.registrationCampaign, partitions: 6 },
  ],
});
const providerName = config.REGISTRATION_PROVIDER;
const provider = registrationProviders[providerName]({
  baseUrl: config.REGISTRATION_PROVIDER_URL,
  apiKey: config.REGISTRATION_PROVIDER_API_KEY,
  webhookPublicKey: config.REGISTRATION_WEBHOOK_PUBLIC_KEY,
});
const deps = { store: backbone.store, provider, providerName };
/** Consumers of registration's own events that act on the provider (one group each). */
const reactors = [
  backbone.consumer('registration.brand-submitter', topics.registrationBrand, {
    handle: createBrandSubmitter(deps),
  }),
  backbone.consumer('registration.campaign-forwarder', topics.registrationCampaign, {
    handle: createCampaignForwarder(deps),
  }),
];
const app = buildApp({
  logger,
  db: backbone.db,
  store: backbone.store,
  provider,
  providerName,
  readiness: backbone.readiness,
});

onShutdown({
  logger,
  timeoutMs: 10_000,
  steps: [
    { name: 'http server', close: () => app.close() },
    { name: 'provider reactors', close: async () => void (await Promise.all(reactors.map((r) => r.stop()))) },
    ...backbone.closeSteps,
    { name: 'telemetry', close: () => telemetry.shutdown() },
  ],
});

backbone.relay.start();
for (const r of reactors) await r.start();
await app.listen({ host: config.HTTP_HOST, port: config.HTTP_PORT });
