import { performance } from 'node:perf_hooks';
import type { Logger } from '@longcode/kit';
import type { CampaignStore } from '../campaign/store.js';
import type { Config } from '../config.js';
import type { NumberStore } from '../numbers/store.js';
import type { SigningKey } from '../signing.js';
import { messagingControlRoutes } from './control.js';
import { telnyxMessagingRoutes } from './http.js';
import { newId } from './ids.js';
import type { InboundInjection, InboundRecord } from './inbound.js';
import { createIntake, type IntakeSettings } from './intake.js';
import { createKeepAliveFetch } from './keep-alive-fetch.js';
import { createRateLimiter } from './rate-limit.js';
import { createReceipts } from './receipts.js';
import { createMessageStore } from './store.js';
import { createTelnyxWire } from './telnyx-wire.js';
import type { Wire, WireFactory, WireName } from './wires.js';

export type MessagingConfig = Pick<
  Config,
  | 'SIM_SEED'
  | 'SIM_MESSAGING_WEBHOOK_URL'
  | 'SIM_MESSAGES_PER_SECOND'
  | 'SIM_SEND_LATENCY_MS'
  | 'SIM_SEND_ERROR_RATE'
  | 'SIM_BLOCKED_RECIPIENTS'
  | 'SIM_MESSAGE_SENT_DELAY_MS'
  | 'SIM_MESSAGE_DELIVERY_DELAY_MS'
  | 'SIM_DELIVERY_FAILURE_RATE'
  | 'SIM_DUPLICATE_RATE'
  | 'SIM_REORDER_RATE'
  | 'SIM_WEBHOOK_CONCURRENCY'
  | 'SIM_MESSAGES_RETAINED'
  | 'SIM_WEBHOOK_MAX_ATTEMPTS'
  | 'SIM_WEBHOOK_RETRY_BASE_MS'
  | 'SIM_INBOUND_PROVIDER'
>;

export interface MessagingDeps {
  numbers: NumberStore;
  campaigns: CampaignStore;
  signingKey: SigningKey;
  logger: Logger;
  config: MessagingConfig;
  now: () => Date;
  /** How webhooks are sent; pooled keep-alive node:http unless given. */
  fetch?: typeof globalThis.fetch;
  /** The other APIs' wires, by name (Telnyx's is this folder's own). */
  wires: Record<Exclude<WireName, 'telnyx'>, WireFactory>;
}

/**
 * The simulated carrier's messaging: one core (intake, outcomes, schedule, counters, rate limit) behind
 * Telnyx's `/v2` routes (sends) and, through `core`, other APIs' routes (src/twilio/); the `/simulator`
 * routes (inbound injection, counters); and `close` for the app's onClose.
 */
export function createMessaging({
  numbers,
  campaigns,
  signingKey,
  logger,
  config,
  now,
  fetch,
  wires: otherWires,
}: MessagingDeps) {
  const clockMs = () => performance.now();
  const transport = fetch ? undefined : createKeepAliveFetch({ maxSockets: config.SIM_WEBHOOK_CONCURRENCY });
  const io = {
    fetch: fetch ?? transport?.fetch ?? globalThis.fetch,
    logger,
    now,
    maxAttempts: config.SIM_WEBHOOK_MAX_ATTEMPTS,
    retryBaseMs: config.SIM_WEBHOOK_RETRY_BASE_MS,
  };
  const profileWebhookUrl = config.SIM_MESSAGING_WEBHOOK_URL;
  const wires: Record<WireName, Wire> = {
    telnyx: createTelnyxWire({ signingKey, profileWebhookUrl }, io),
    twilio: otherWires.twilio(io),
  };
  const settings = intakeSettings(config);
  const store = createMessageStore({ retained: config.SIM_MESSAGES_RETAINED });
  const concurrency = config.SIM_WEBHOOK_CONCURRENCY;
  const receipts = createReceipts({ wires, store, logger, concurrency, clockMs, delays: settings.delays });
  const intake = createIntake({ numbers, campaigns, store, receipts, settings, now });

  const rateLimiter = createRateLimiter({ perSecond: config.SIM_MESSAGES_PER_SECOND, clockMs });

  function inject({ provider = config.SIM_INBOUND_PROVIDER, ...injection }: InboundInjection) {
    const wire = wires[provider];
    const record: InboundRecord = {
      ...injection,
      id: newId(),
      wire: provider,
      eventId: newId(),
      messagingProfileId: numbers.number(injection.to)?.messaging_profile_id ?? null,
      receivedAt: now().getTime(),
      webhookUrl: wire.inboundUrl,
      webhooks: [],
    };
    store.inbound(record);
    receipts.received(record);
    return { messageId: wire.messageIdOf(record), eventId: record.eventId, webhookUrl: record.webhookUrl };
  }

  const routes = {
    intake,
    rateLimiter,
    onSend: receipts.busy,
    saturated: receipts.saturated,
    latencyMs: config.SIM_SEND_LATENCY_MS,
  };
  return {
    telnyxRoutes: telnyxMessagingRoutes(routes),
    /** What another API's routes send through: the same intake, rate limit and counters as Telnyx's. */
    core: { ...routes, store },
    controlRoutes: messagingControlRoutes({ store, inject }),
    close(): void {
      receipts.close();
      for (const wire of Object.values(wires)) wire.close();
      transport?.close();
    },
  };
}

export type MessagingCore = ReturnType<typeof createMessaging>['core'];

function intakeSettings(config: MessagingConfig): IntakeSettings {
  return {
    seed: config.SIM_SEED,
    blockedRecipients: config.SIM_BLOCKED_RECIPIENTS,
    sendErrorRate: config.SIM_SEND_ERROR_RATE,
    rates: {
      deliveryFailure: config.SIM_DELIVERY_FAILURE_RATE,
      duplicate: config.SIM_DUPLICATE_RATE,
      reorder: config.SIM_REORDER_RATE,
    },
    delays: { sentMs: config.SIM_MESSAGE_SENT_DELAY_MS, deliveryMs: config.SIM_MESSAGE_DELIVERY_DELAY_MS },
    profileWebhookUrl: config.SIM_MESSAGING_WEBHOOK_URL,
  };
}
