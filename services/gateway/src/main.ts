// Telemetry first: the modules it traces load after it starts (see @longcode/kit startTelemetry).

import { createLogger, onShutdown, parseConfigOrExit, startTelemetry } from '@longcode/kit';
import { configSchema } from './config.js';

const config = parseConfigOrExit(configSchema, process.env);
const telemetry = startTelemetry({
  serviceName: 'gateway',
  otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
});
const logger = createLogger({ level: config.LOG_LEVEL, service: 'gateway' });

const { createDatabase, ensureDatabase, migrate } = await import('@longcode/eventstore');
const { Redis } = await import('ioredis');
const { buildApp } = await import('./app.js');
const { gatewayMigrations } = await import('./migrations.js');
const { createAuthenticator } = await import('./keys/auth.js');
const { createRateLimits } = await import('./limits/rate-limits.js');

await ensureDatabase(config.DATABASE_URL);
const db = createDatabase({ url: config.DATABASE_URL });
await migrate(db, gatewayMigrations);
const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 3 });
const auth = createAuthenticator({ db });
const usage = setInterval(
  () => auth.flushUses().catch((err) => logger.warn({ err }, 'recording key use failed')),
  1_000,
);
const app = buildApp({
  logger,
  db,
  auth,
  limits: createRateLimits(redis, {
    keyPerMinute: config.DEFAULT_KEY_LIMIT_PER_MINUTE,
    keyPerHour: config.DEFAULT_KEY_LIMIT_PER_HOUR,
    accountPerMinute: config.ACCOUNT_LIMIT_PER_MINUTE,
  }),
  operatorToken: config.GATEWAY_ADMIN_TOKEN,
  upstreams: {
    dispatch: config.DISPATCH_URL,
    registration: config.REGISTRATION_URL,
    numbers: config.NUMBERS_URL,
    compliance: config.COMPLIANCE_URL,
  },
  readiness: [
    { name: 'mysql', check: async () => void (await db.raw('SELECT 1')) },
    { name: 'redis', check: async () => void (await redis.ping()) },
  ],
});

onShutdown({
  logger,
  timeoutMs: 10_000,
  steps: [
    { name: 'http server', close: () => app.close() },
    {
      name: 'key use',
      close: async () => {
        clearInterval(usage);
        await auth.flushUses();
      },
    },
    { name: 'redis', close: async () => void (await redis.quit()) },
    { name: 'database pool', close: () => db.destroy() },
    { name: 'telemetry', close: () => telemetry.shutdown() },
  ],
});

await app.listen({ host: config.HTTP_HOST, port: config.HTTP_PORT });
