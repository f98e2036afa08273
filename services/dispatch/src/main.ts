// Telemetry first: the modules it traces load after it starts (see @longcode/kit startTelemetry).

import { createLogger, onShutdown, parseConfigOrExit, startTelemetry } from '@longcode/kit';
import { configSchema } from './config.js';

const config = parseConfigOrExit(configSchema, process.env);
const telemetry = startTelemetry({
  serviceName: 'dispatch',
  otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
});
const logger = createLogger({ level: config.LOG_LEVEL, service: 'dispatch' });

const { smsProviders } = await import('@longcode/providers');
const vendor = smsProviders[config.MESSAGING_PROVIDER];
// Each vendor checks its own variables; the union of their configs is not one type, hence the cast.
const provider = vendor.create(parseConfigOrExit(vendor.config, process.env) as never);
const { numberLookups } = await import('@longcode/providers');
const { lookupVendorOf } = await import('./carriers/config.js');
const lookupName = lookupVendorOf(config);
const lookupVendor = lookupName ? numberLookups[lookupName] : undefined;
const numberLookup = lookupVendor?.create(parseConfigOrExit(lookupVendor.config, process.env) as never, {
  timeoutMs: config.CARRIER_LOOKUP_TIMEOUT_MS,
});

const { topics } = await import('@longcode/contracts');
const { connectBackbone } = await import('@longcode/runtime');
const { projectSendable, sendableMigrations, sendableTopics } = await import('@longcode/sendable');
const { buildApp } = await import('./app.js');
const { optOutsMigration } = await import('./consent/opt-outs.js');
const { createConsentHandler } = await import('./consent/replies.js');
const { dueByPriorityMigration, messageRowsMigration } = await import('./message/rows.js');
const { campaignSettingsMigration } = await import('./campaigns/settings.js');
const { createDeliveryHandler, parkedReceiptsMigration } = await import('./receipts/deliveries.js');
const { createSubmitter } = await import('./submission/submitter.js');
const { createLimiter } = await import('./pacing/limiter.js');
const { createRecipientCarriers } = await import('./carriers/recipients.js');
const { recipientCarriersMigration } = await import('./carriers/store.js');
const { Redis } = await import('ioredis');

const backbone = await connectBackbone({
  service: 'dispatch',
  config,
  logger,
  migrations: [
    ...sendableMigrations,
    optOutsMigration,
    messageRowsMigration,
    dueByPriorityMigration,
    campaignSettingsMigration,
    parkedReceiptsMigration,
    recipientCarriersMigration,
  ],
  topics: [
    { name: topics.dispatchMessage, partitions: 12 },
    { name: topics.registrationCampaign, partitions: 6 },
    { name: topics.numbersNumber, partitions: 6 },
    { name: topics.complianceConsent, partitions: 6 },
    { name: topics.receiptsDelivery, partitions: 12 },
  ],
});
const { db, store } = backbone;
/** One consumer group per projection: what may send, consent (and compliance replies), and receipts. */
const consumers = [
  backbone.consumer('dispatch.sendable', sendableTopics, { handleBatch: projectSendable }),
  backbone.consumer('dispatch.consent', topics.complianceConsent, {
    handleBatch: createConsentHandler({ db, store, logger }),
  }),
  backbone.consumer('dispatch.deliveries', topics.receiptsDelivery, {
    handleBatch: createDeliveryHandler({ store }),
    // A receipt may be applied a moment late (statuses never move backwards): many to a transaction.
    gather: { minBytes: 64 * 1024, maxWaitTimeMs: 250 },
  }),
];
// Commands issued in the same tick (a request's rate-limit windows, a pass's counters) share one write.
const redis = new Redis(config.REDIS_URL, {
  maxRetriesPerRequest: 3,
  enableAutoPipelining: true,
  keyPrefix: config.REDIS_KEY_PREFIX,
});
const callbackBase = config.RECEIPTS_WEBHOOK_URL;
const submitter = createSubmitter({
  db,
  store,
  provider,
  providerName: config.MESSAGING_PROVIDER,
  logger,
  statusCallbackUrl: (messageId) => (callbackBase ? `${callbackBase}?messageId=${messageId}` : null),
  batchSize: config.SUBMITTER_BATCH_SIZE,
  concurrency: config.SUBMITTER_CONCURRENCY,
  limiter: createLimiter(redis),
  senderMps: config.SENDER_MPS,
  ...(numberLookup
    ? {
        carriers: createRecipientCarriers({
          db,
          lookup: numberLookup,
          logger,
          concurrency: config.CARRIER_LOOKUP_CONCURRENCY,
          pauseAfterFailureMs: config.CARRIER_LOOKUP_PAUSE_MS,
          freshness: { maxAgeMs: config.CARRIER_LOOKUP_MAX_AGE_MS },
        }),
      }
    : {}),
  settleAfterMs: config.SUBMISSION_SETTLE_AFTER_MS,
  retryBackoffMs: config.RETRY_BACKOFF_MS,
});
const app = buildApp({ logger, db, store, readiness: backbone.readiness });

onShutdown({
  logger,
  timeoutMs: 15_000,
  steps: [
    { name: 'http server', close: () => app.close() },
    { name: 'submitter', close: () => submitter.stop() },
    { name: 'consumers', close: async () => void (await Promise.all(consumers.map((c) => c.stop()))) },
    { name: 'redis', close: async () => void (await redis.quit()) },
    ...backbone.closeSteps,
    { name: 'telemetry', close: () => telemetry.shutdown() },
  ],
});

backbone.relay.start();
for (const c of consumers) await c.start();
submitter.start();
await app.listen({ host: config.HTTP_HOST, port: config.HTTP_PORT });
