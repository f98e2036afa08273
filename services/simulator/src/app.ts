import { buildHttpApp, type Logger } from '@longcode/kit';
import { createBrandDecisions } from './brand/decisions.js';
import { telnyxBrandRoutes } from './brand/http.js';
import { createBrandStore } from './brand/store.js';
import type { Config } from './config.js';
import type { SigningKey } from './signing.js';
import { simulatorRoutes } from './simulator-routes.js';
import { createWebhookSender } from './webhooks/sender.js';

export interface AppDeps {
  logger: Logger;
  config: Config;
  signingKey: SigningKey;
  /** How webhooks are sent; the global fetch unless given. */
  fetch?: typeof globalThis.fetch;
  now?: () => Date;
}

/** The simulator's HTTP app (not listening: main.ts listens, tests inject or listen on port 0). */
export function buildApp({ logger, config, signingKey, fetch, now = () => new Date() }: AppDeps) {
  const app = buildHttpApp({ logger, service: 'simulator' });
  const store = createBrandStore();
  const sender = createWebhookSender({
    signingKey,
    logger,
    maxAttempts: config.SIM_WEBHOOK_MAX_ATTEMPTS,
    retryBaseMs: config.SIM_WEBHOOK_RETRY_BASE_MS,
    now,
    ...(fetch ? { fetch } : {}),
  });
  const decisions = createBrandDecisions({
    store,
    sender,
    logger,
    rules: { rejectLegalName: config.SIM_REJECT_LEGAL_NAME_PATTERN, vettingScore: config.SIM_VETTING_SCORE },
    delayMs: config.SIM_BRAND_DECISION_DELAY_MS,
    fallbackWebhookUrl: config.SIM_WEBHOOK_URL,
    now,
  });
  app.addHook('onClose', async () => decisions.close());
  app.register(telnyxBrandRoutes({ apiKey: config.SIM_API_KEY, store, decisions, now }), { prefix: '/v2' });
  app.register(simulatorRoutes({ store, signingKey }), { prefix: '/simulator' });
  return app;
}
