// Telemetry first: the modules it traces load after it starts (see @longcode/kit startTelemetry).

import { createLogger, onShutdown, parseConfigOrExit, startTelemetry } from '@longcode/kit';
import { configSchema } from './config.js';

const config = parseConfigOrExit(configSchema, process.env);
const telemetry = startTelemetry({
  serviceName: 'gateway',
  otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
});
const logger = createLogger({ level: config.LOG_LEVEL, service: 'gateway' });

const { topics } = await import('@longcode/contracts');
const { connectBackbone } = await import('@longcode/runtime');
const { Redis } = await import('ioredis');
const { buildApp } = await import('./app.js');
const { gatewayMigrations } = await import('./migrations.js');
const { createAuthenticator } = await import('./keys/auth.js');
const { createRateLimits } = await import('./limits/rate-limits.js');
const { createDestinationSpread } = await import('./limits/destination-spread.js');
const { OWNERSHIP_EVENT_TYPES, projectCallbacks, projectNumberOwners } = await import(
  './callbacks/project.js'
);
const { NOTIFYING_EVENT_TYPES } = await import('./callbacks/notifications.js');
const { createDeliverer } = await import('./callbacks/deliverer.js');
const { createCallbackFetch } = await import('./callbacks/egress.js');
const { createPostmarkMailer } = await import('./users/mailer.js');
const { purgeExpired } = await import('./idempotency/store.js');
const { createLoginThrottle } = await import('./users/throttle.js');
const { forgetEndedSessions } = await import('./users/sessions.js');
const { forgetEndedResets } = await import('./users/resets.js');
const { forgetOldDeliveries } = await import('./callbacks/store.js');

const backbone = await connectBackbone({
  service: 'gateway',
  config,
  logger,
  migrations: gatewayMigrations,
  topics: [
    { name: topics.dispatchMessage, partitions: 12 },
    { name: topics.receiptsInbound, partitions: 6 },
    { name: topics.complianceConsent, partitions: 6 },
    { name: topics.registrationCampaign, partitions: 6 },
    { name: topics.numbersNumber, partitions: 6 },
  ],
});
const { db } = backbone;
// Commands issued in the same tick (a request's rate-limit windows, a pass's counters) share one write.
const redis = new Redis(config.REDIS_URL, {
  maxRetriesPerRequest: 3,
  enableAutoPipelining: true,
  keyPrefix: config.REDIS_KEY_PREFIX,
});
const auth = createAuthenticator({ db });
const usage = setInterval(
  () => auth.flushUses().catch((err) => logger.warn({ err }, 'recording key use failed')),
  1_000,
);
// Every minute: idempotency keys past their 24 h go (stored answers with them), sign-in counts idle for a
// day, sessions and reset links a week after they ended, callback deliveries that are over after 30 days;
// a round starts once the last one ended.
const throttle = createLoginThrottle(db);
async function housekeeping(now: Date) {
  const deleted = {
    idempotencyKeys: await purgeExpired(db, now),
    signInCounts: await throttle.forgetIdle(now),
    sessions: await forgetEndedSessions(db, now),
    resetLinks: await forgetEndedResets(db, now),
    callbackDeliveries: await forgetOldDeliveries(db, now),
  };
  if (Object.values(deleted).some((n) => n > 0)) logger.info(deleted, 'expired records deleted');
}
let purging = Promise.resolve();
const housekeepingTimer = setInterval(() => {
  purging = purging
    .then(() => housekeeping(new Date()))
    .catch((err) => logger.warn({ err }, 'deleting expired records failed'));
}, 60_000);
// From the topics' ends: a new gateway does not call partners about old news.
const callbacks = backbone.consumer(
  'gateway.callbacks',
  [topics.dispatchMessage, topics.receiptsInbound, topics.complianceConsent, topics.registrationCampaign],
  {
    handleBatch: projectCallbacks,
    fromBeginning: false,
    eventTypes: NOTIFYING_EVENT_TYPES,
    // Callbacks may be half a second behind: each fetch then carries many events, not one.
    gather: { minBytes: 64 * 1024, maxWaitTimeMs: 500 },
  },
);
// From the beginning: every number's owner, to route inbound messages.
const numberOwners = backbone.consumer('gateway.number-owners', topics.numbersNumber, {
  handleBatch: projectNumberOwners,
  eventTypes: OWNERSHIP_EVENT_TYPES,
});
const deliverer = createDeliverer({
  db,
  logger,
  ...(config.CALLBACK_RETRY_MS ? { retryDelaysMs: config.CALLBACK_RETRY_MS } : {}),
  post: createCallbackFetch({ allowPrivate: config.CALLBACK_ALLOW_PRIVATE_NETWORKS }),
});
const app = buildApp({
  logger,
  db,
  auth,
  limits: createRateLimits(redis, {
    keyPerMinute: config.DEFAULT_KEY_LIMIT_PER_MINUTE,
    keyPerHour: config.DEFAULT_KEY_LIMIT_PER_HOUR,
    accountPerMinute: config.ACCOUNT_LIMIT_PER_MINUTE,
    signedOutPerMinute: config.SIGNED_OUT_LIMIT_PER_MINUTE,
  }),
  spread: createDestinationSpread(redis, config.DESTINATION_PREFIXES_PER_HOUR),
  operatorToken: config.GATEWAY_ADMIN_TOKEN,
  ...(config.TRUST_PROXY ? { trustProxy: config.TRUST_PROXY } : {}),
  allowPrivateCallbacks: config.CALLBACK_ALLOW_PRIVATE_NETWORKS,
  upstreams: {
    dispatch: config.DISPATCH_URL,
    registration: config.REGISTRATION_URL,
    numbers: config.NUMBERS_URL,
    compliance: config.COMPLIANCE_URL,
  },
  ...(config.MAIL_URL
    ? {
        mailer: createPostmarkMailer({
          url: config.MAIL_URL,
          token: config.MAIL_TOKEN,
          from: config.MAIL_FROM,
        }),
      }
    : {}),
  readiness: [...backbone.readiness, { name: 'redis', check: async () => void (await redis.ping()) }],
});

onShutdown({
  logger,
  timeoutMs: 10_000,
  steps: [
    { name: 'status callbacks', close: () => callbacks.stop() },
    { name: 'number owners', close: () => numberOwners.stop() },
    { name: 'callback deliveries', close: () => deliverer.stop() },
    { name: 'http server', close: () => app.close() },
    {
      name: 'key use',
      close: async () => {
        clearInterval(usage);
        clearInterval(housekeepingTimer);
        await Promise.all([auth.flushUses(), purging]);
      },
    },
    { name: 'redis', close: async () => void (await redis.quit()) },
    ...backbone.closeSteps,
    { name: 'telemetry', close: () => telemetry.shutdown() },
  ],
});

await callbacks.start();
await numberOwners.start();
deliverer.start();
await app.listen({ host: config.HTTP_HOST, port: config.HTTP_PORT });
