import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createTestDatabase } from './databases.js';
import { freePort, type RunningService, startService } from './service-process.js';
import type { TestStack } from './stack.js';

const SERVICES = [
  'registration',
  'numbers',
  'analytics',
  'dispatch',
  'receipts',
  'compliance',
  'gateway',
] as const;
type ServiceName = (typeof SERVICES)[number];

export type Platform = Record<ServiceName | 'simulator', RunningService> & {
  /** The variables each service was started with (to start it again after a crash). */
  envs: Record<ServiceName, Record<string, string>>;
  /** The key the simulator signs its webhooks with (PEM): to post webhooks as the carrier does. */
  webhookSigningKey: string;
  /** The gateway's operator token (its /admin: accounts and their first API key). */
  operatorToken: string;
  /** Stops every service, including one a test started again and put in the platform in its place. */
  stop(): Promise<void>;
};

/** The simulated Twilio account dispatch and receipts use when the platform runs on Twilio. */
const TWILIO_ACCOUNT = {
  TWILIO_ACCOUNT_SID: `AC${'7e57'.repeat(8)}`,
  TWILIO_AUTH_TOKEN: 'twilio-auth-token-for-e2e',
};

/** A webhook signing key pair: the simulator signs with the private key, the services check with the public one. */
export function webhookKeys(): { privateKeyPem: string; publicKeyBase64: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return {
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicKeyBase64: raw.toString('base64'),
  };
}

/**
 * The platform as separate processes, each service with a database of its own, the simulator playing
 * Telnyx (10DLC registration, numbers and messaging): what scripts/start.sh runs, on free ports, for
 * end-to-end tests.
 */
export async function startPlatform(
  stack: TestStack,
  options: {
    otlpUrl?: string;
    simulator?: Record<string, string>;
    services?: Partial<Record<ServiceName, Record<string, string>>>;
    /** The API dispatch sends through and receipts hears from (both played by the simulator); Telnyx unless given. */
    messagingProvider?: 'telnyx' | 'twilio';
  } = {},
): Promise<Platform> {
  const keys = webhookKeys();
  const operatorToken = randomBytes(32).toString('base64url');
  // Rate-limit and pacing counters of one platform never count another's (they share the stack's Redis).
  const redisPrefix = `t-${randomBytes(4).toString('hex')}:`;
  const [registrationPort, receiptsPort, dispatchPort, numbersPort, compliancePort, ...databases] =
    await Promise.all([
      freePort(),
      freePort(),
      freePort(),
      freePort(),
      freePort(),
      ...SERVICES.map((name) => createTestDatabase(stack.mysqlUrl, `e2e_${name}`)),
    ]);
  const dropAll = () => Promise.all(databases.map((d) => d.drop()));
  const database = (name: ServiceName) => databases[SERVICES.indexOf(name)]?.url ?? '';
  const backbone = (name: ServiceName) => ({
    DATABASE_URL: database(name),
    ...(stack.mysqlSocket ? { DATABASE_SOCKET: stack.mysqlSocket } : {}),
    KAFKA_BROKERS: stack.kafkaBrokers.join(','),
    SCHEMA_REGISTRY_URL: stack.schemaRegistryUrl,
    ...(options.otlpUrl
      ? { OTEL_EXPORTER_OTLP_ENDPOINT: options.otlpUrl, OTEL_BSP_SCHEDULE_DELAY: '100' }
      : {}),
  });
  const viaTwilio = options.messagingProvider === 'twilio';
  const receiptsWebhook = `http://127.0.0.1:${receiptsPort}/webhooks/${viaTwilio ? 'twilio' : 'telnyx'}`;
  const simulator = await startService('simulator', {
    SIM_API_KEY: 'sim-key',
    SIM_SIGNING_PRIVATE_KEY: keys.privateKeyPem,
    SIM_WEBHOOK_URL: `http://127.0.0.1:${registrationPort}/webhooks/registration/telnyx`,
    SIM_MESSAGING_WEBHOOK_URL: receiptsWebhook,
    SIM_BRAND_DECISION_DELAY_MS: '200',
    SIM_WEBHOOK_RETRY_BASE_MS: '200',
    SIM_NUMBER_ORDER_DELAY_MS: '200',
    SIM_NUMBER_ASSIGNMENT_DELAY_MS: '300',
    ...(viaTwilio
      ? {
          SIM_TWILIO_ACCOUNT_SID: TWILIO_ACCOUNT.TWILIO_ACCOUNT_SID,
          SIM_TWILIO_AUTH_TOKEN: TWILIO_ACCOUNT.TWILIO_AUTH_TOKEN,
          SIM_TWILIO_INBOUND_URL: receiptsWebhook,
          SIM_INBOUND_PROVIDER: 'twilio',
        }
      : {}),
    ...options.simulator,
  });
  const telnyx = {
    TELNYX_API_URL: simulator.url,
    TELNYX_API_KEY: 'sim-key',
    TELNYX_PUBLIC_KEY: keys.publicKeyBase64,
  };
  const twilio = viaTwilio ? { ...TWILIO_ACCOUNT, TWILIO_API_URL: simulator.url } : {};
  const envs: Record<ServiceName, Record<string, string>> = {
    registration: {
      ...backbone('registration'),
      HTTP_PORT: String(registrationPort),
      REGISTRATION_PROVIDER: 'telnyx',
      REGISTRATION_PROVIDER_URL: simulator.url,
      REGISTRATION_PROVIDER_API_KEY: 'sim-key',
      REGISTRATION_WEBHOOK_PUBLIC_KEY: keys.publicKeyBase64,
    },
    numbers: {
      ...backbone('numbers'),
      HTTP_PORT: String(numbersPort),
      NUMBER_PROVIDER: 'telnyx',
      NUMBER_PROVIDER_URL: simulator.url,
      NUMBER_PROVIDER_API_KEY: 'sim-key',
      NUMBERS_RECONCILE_INTERVAL_MS: '250',
    },
    analytics: backbone('analytics'),
    dispatch: {
      ...backbone('dispatch'),
      ...telnyx,
      ...twilio,
      HTTP_PORT: String(dispatchPort),
      MESSAGING_PROVIDER: viaTwilio ? 'twilio' : 'telnyx',
      RECEIPTS_WEBHOOK_URL: receiptsWebhook,
      REDIS_URL: stack.redisUrl,
      REDIS_KEY_PREFIX: redisPrefix,
    },
    receipts: {
      ...backbone('receipts'),
      ...telnyx,
      ...twilio,
      HTTP_PORT: String(receiptsPort),
      RECEIPT_PROVIDERS: viaTwilio ? 'telnyx,twilio' : 'telnyx',
    },
    compliance: { ...backbone('compliance'), HTTP_PORT: String(compliancePort) },
    gateway: {
      ...backbone('gateway'),
      REDIS_URL: stack.redisUrl,
      REDIS_KEY_PREFIX: redisPrefix,
      DISPATCH_URL: `http://127.0.0.1:${dispatchPort}`,
      REGISTRATION_URL: `http://127.0.0.1:${registrationPort}`,
      NUMBERS_URL: `http://127.0.0.1:${numbersPort}`,
      COMPLIANCE_URL: `http://127.0.0.1:${compliancePort}`,
      GATEWAY_ADMIN_TOKEN: operatorToken,
      MAIL_URL: `${simulator.url}/postmark`,
      // The tests' receivers listen on 127.0.0.1.
      CALLBACK_ALLOW_PRIVATE_NETWORKS: 'true',
    },
  };
  for (const name of SERVICES) envs[name] = { ...envs[name], ...options.services?.[name] };
  const started = await Promise.allSettled(SERVICES.map((name) => startService(name, envs[name])));
  const running = started.map((s) => (s.status === 'fulfilled' ? s.value : undefined));
  const stopAll = async () => {
    await Promise.all([...running.map((r) => r?.stop()), simulator.stop()]);
    await dropAll();
  };
  if (running.some((r) => r === undefined)) {
    // One did not start: stop the rest, so no process outlives the test that started it.
    await stopAll();
    throw (started.find((s) => s.status === 'rejected') as PromiseRejectedResult).reason;
  }
  const services = Object.fromEntries(SERVICES.map((name, i) => [name, running[i]])) as Record<
    ServiceName,
    RunningService
  >;
  const platform: Platform = {
    ...services,
    simulator,
    envs,
    webhookSigningKey: keys.privateKeyPem,
    operatorToken,
    // A service a test started again in its place (platform.registration = …) is stopped too: it would
    // otherwise outlive the platform, a member of the shared consumer groups with its database gone.
    stop: async () => {
      const current = SERVICES.map((name) => platform[name]);
      await Promise.all([...new Set([...running, ...current])].map((r) => r?.stop()));
      await stopAll();
    },
  };
  return platform;
}
