import { generateKeyPairSync } from 'node:crypto';
import { createTestDatabase } from './databases.js';
import { freePort, type RunningService, startService } from './service-process.js';
import type { TestStack } from './stack.js';

export interface Platform {
  simulator: RunningService;
  registration: RunningService;
  numbers: RunningService;
  analytics: RunningService;
  /** The variables registration was started with (to start it again). */
  registrationEnv: Record<string, string>;
  stop(): Promise<void>;
}

/** A webhook signing key pair: the simulator signs with the private key, registration checks with the public one. */
export function webhookKeys(): { privateKeyPem: string; publicKeyBase64: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return {
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicKeyBase64: raw.toString('base64'),
  };
}

/**
 * The platform as separate processes, each service with a database of its own, the simulator playing the
 * registration and number provider: what scripts/start.sh runs, on free ports, for end-to-end tests.
 */
export async function startPlatform(
  stack: TestStack,
  options: { otlpUrl?: string; simulator?: Record<string, string> } = {},
): Promise<Platform> {
  const keys = webhookKeys();
  const [registrationPort, registrationDb, numbersDb, analyticsDb] = await Promise.all([
    freePort(),
    createTestDatabase(stack.mysqlUrl, 'e2e_registration'),
    createTestDatabase(stack.mysqlUrl, 'e2e_numbers'),
    createTestDatabase(stack.mysqlUrl, 'e2e_analytics'),
  ]);
  const backbone = (databaseUrl: string) => ({
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: stack.kafkaBrokers.join(','),
    SCHEMA_REGISTRY_URL: stack.schemaRegistryUrl,
    ...(options.otlpUrl
      ? { OTEL_EXPORTER_OTLP_ENDPOINT: options.otlpUrl, OTEL_BSP_SCHEDULE_DELAY: '100' }
      : {}),
  });
  const simulator = await startService('simulator', {
    SIM_API_KEY: 'sim-key',
    SIM_SIGNING_PRIVATE_KEY: keys.privateKeyPem,
    SIM_WEBHOOK_URL: `http://127.0.0.1:${registrationPort}/webhooks/registration/telnyx`,
    SIM_BRAND_DECISION_DELAY_MS: '200',
    SIM_WEBHOOK_RETRY_BASE_MS: '200',
    SIM_NUMBER_ORDER_DELAY_MS: '200',
    SIM_NUMBER_ASSIGNMENT_DELAY_MS: '300',
    ...options.simulator,
  });
  const registrationEnv = {
    ...backbone(registrationDb.url),
    HTTP_PORT: String(registrationPort),
    REGISTRATION_PROVIDER: 'telnyx',
    REGISTRATION_PROVIDER_URL: simulator.url,
    REGISTRATION_PROVIDER_API_KEY: 'sim-key',
    REGISTRATION_WEBHOOK_PUBLIC_KEY: keys.publicKeyBase64,
  };
  const started = await Promise.allSettled([
    startService('registration', registrationEnv),
    startService('numbers', {
      ...backbone(numbersDb.url),
      NUMBER_PROVIDER: 'telnyx',
      NUMBER_PROVIDER_URL: simulator.url,
      NUMBER_PROVIDER_API_KEY: 'sim-key',
      NUMBERS_RECONCILE_INTERVAL_MS: '250',
    }),
    startService('analytics', backbone(analyticsDb.url)),
  ]);
  const [registration, numbers, analytics] = started.map((s) =>
    s.status === 'fulfilled' ? s.value : undefined,
  );
  if (!registration || !numbers || !analytics) {
    // One did not start: stop the rest, so no process outlives the test that started it.
    await Promise.all([registration?.stop(), numbers?.stop(), analytics?.stop(), simulator.stop()]);
    await Promise.all([registrationDb.drop(), numbersDb.drop(), analyticsDb.drop()]);
    throw (started.find((s) => s.status === 'rejected') as PromiseRejectedResult).reason;
  }
  return {
    simulator,
    registration,
    numbers,
    analytics,
    registrationEnv,
    async stop() {
      await Promise.all([registration.stop(), numbers.stop(), analytics.stop(), simulator.stop()]);
      await Promise.all([registrationDb.drop(), numbersDb.drop(), analyticsDb.drop()]);
    },
  };
}
