import { buildHttpApp, type Logger } from '@longcode/kit';
import { createBrandDecisions } from './brand/decisions.js';
import { telnyxBrandRoutes } from './brand/http.js';
import { createBrandStore } from './brand/store.js';
import { campaignControlRoutes } from './campaign/control.js';
import { createCampaignDecisions } from './campaign/decisions.js';
import { telnyxCampaignRoutes } from './campaign/http.js';
import { createCampaignStore } from './campaign/store.js';
import type { Config } from './config.js';
import { telnyxLookupRoutes } from './lookup/http.js';
import { createMailbox, mailControlRoutes, postmarkRoutes } from './mail/postmark.js';
import { createMessaging } from './messaging/messaging.js';
import { telnyxNumberCampaignRoutes } from './numbers/assignment-http.js';
import { numberControlRoutes } from './numbers/control.js';
import { telnyxNumberRoutes } from './numbers/http.js';
import { telnyxPortingRoutes } from './numbers/porting-http.js';
import { createPortInProvisioning } from './numbers/porting-provisioning.js';
import { createNumberProvisioning } from './numbers/provisioning.js';
import { createNumberStore } from './numbers/store.js';
import type { SigningKey } from './signing.js';
import { simulatorRoutes } from './simulator-routes.js';
import { telnyxApi } from './telnyx-api.js';
import { twilioApi } from './twilio/api.js';
import { createTwilioWire } from './twilio/twilio-wire.js';
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
  const brands = createBrandStore();
  const campaigns = createCampaignStore();
  const sender = createWebhookSender({
    signingKey,
    logger,
    maxAttempts: config.SIM_WEBHOOK_MAX_ATTEMPTS,
    retryBaseMs: config.SIM_WEBHOOK_RETRY_BASE_MS,
    now,
    ...(fetch ? { fetch } : {}),
  });
  const fallbackWebhookUrl = config.SIM_WEBHOOK_URL;
  const brandDecisions = createBrandDecisions({
    store: brands,
    sender,
    logger,
    rules: { rejectLegalName: config.SIM_REJECT_LEGAL_NAME_PATTERN, vettingScore: config.SIM_VETTING_SCORE },
    delayMs: config.SIM_BRAND_DECISION_DELAY_MS,
    fallbackWebhookUrl,
    now,
  });
  const campaignDecisions = createCampaignDecisions({
    store: campaigns,
    sender,
    logger,
    rules: { rejectDescription: config.SIM_REJECT_CAMPAIGN_DESCRIPTION_PATTERN },
    delayMs: config.SIM_CAMPAIGN_DECISION_DELAY_MS ?? config.SIM_BRAND_DECISION_DELAY_MS,
    fallbackWebhookUrl,
    now,
  });
  const numbers = createNumberStore();
  const provisioning = createNumberProvisioning({
    store: numbers,
    logger,
    rules: { failNumbers: config.SIM_FAIL_ASSIGNMENT_NUMBERS },
    orderDelayMs: config.SIM_NUMBER_ORDER_DELAY_MS,
    assignmentDelayMs: config.SIM_NUMBER_ASSIGNMENT_DELAY_MS,
    now,
  });
  const portIns = createPortInProvisioning({
    store: numbers,
    logger,
    rules: { failNumbers: config.SIM_FAIL_PORT_IN_NUMBERS },
    focDelayMs: config.SIM_PORT_IN_FOC_DELAY_MS,
    portDelayMs: config.SIM_PORT_IN_DELAY_MS,
    now,
  });
  const messaging = createMessaging({
    numbers,
    campaigns,
    signingKey,
    logger,
    config,
    now,
    ...(fetch ? { fetch } : {}),
    wires: { twilio: (io) => createTwilioWire(twilioAccount(config), io) },
  });
  app.addHook('onClose', async () => {
    messaging.close();
    brandDecisions.close();
    campaignDecisions.close();
    provisioning.close();
    portIns.close();
    sender.close();
  });
  const routes = [
    telnyxBrandRoutes({ store: brands, decisions: brandDecisions, now }),
    telnyxCampaignRoutes({ brands, campaigns, decisions: campaignDecisions, now }),
    telnyxNumberRoutes({ store: numbers, provisioning, seed: config.SIM_NUMBER_SEED, now }),
    telnyxNumberCampaignRoutes({ store: numbers, campaigns, provisioning, now }),
    telnyxPortingRoutes({ store: numbers, provisioning: portIns, now }),
    messaging.telnyxRoutes,
    telnyxLookupRoutes({ mix: config.SIM_LOOKUP_CARRIER_MIX, overrides: config.SIM_LOOKUP_CARRIERS }),
  ];
  app.register(telnyxApi({ apiKey: config.SIM_API_KEY, routes }), { prefix: '/v2' });
  app.register(twilioApi({ ...twilioAccount(config), core: messaging.core }), { prefix: '/2010-04-01' });
  app.register(simulatorRoutes({ brands, campaigns, signingKey }), { prefix: '/simulator' });
  app.register(campaignControlRoutes({ decisions: campaignDecisions }), { prefix: '/simulator' });
  app.register(numberControlRoutes({ store: numbers }), { prefix: '/simulator' });
  app.register(messaging.controlRoutes, { prefix: '/simulator' });
  const mailbox = createMailbox(now);
  app.register(postmarkRoutes({ token: config.SIM_MAIL_TOKEN, mailbox }), { prefix: '/postmark' });
  app.register(mailControlRoutes({ mailbox }), { prefix: '/simulator' });
  return app;
}

const twilioAccount = (config: Config) => ({
  accountSid: config.SIM_TWILIO_ACCOUNT_SID,
  authToken: config.SIM_TWILIO_AUTH_TOKEN,
  inboundUrl: config.SIM_TWILIO_INBOUND_URL,
});
