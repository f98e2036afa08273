import type { CampaignStore } from '../campaign/store.js';
import type { NumberStore } from '../numbers/store.js';
import { type Refusal, unexpectedError } from './errors.js';
import { newId } from './ids.js';
import { drawOutcome, drawServerError, type OutcomeRates } from './outcomes.js';
import { seededRandom } from './random.js';
import type { Receipts } from './receipts.js';
import { newOutboundRecord, type OutboundRecord, outboundPayload } from './record.js';
import { recipientRefusal, type SenderFacts, senderRefusal } from './rules.js';
import type { MessageStore } from './store.js';
import { validateSendRequest } from './validate.js';
import type { MessagePayload, SendRequest } from './wire.js';
import type { WireName } from './wires.js';

export interface IntakeSettings {
  /** SIM_SEED: what every simulated outcome is drawn from. */
  seed: string;
  /** SIM_BLOCKED_RECIPIENTS. */
  blockedRecipients: RegExp | undefined;
  /** SIM_SEND_ERROR_RATE. */
  sendErrorRate: number;
  rates: OutcomeRates;
  delays: { sentMs: number; deliveryMs: number };
  /** SIM_MESSAGING_WEBHOOK_URL: the messaging profile's webhook URL. */
  profileWebhookUrl: string;
}

export interface IntakeDeps {
  numbers: NumberStore;
  campaigns: CampaignStore;
  store: MessageStore;
  receipts: Receipts;
  settings: IntakeSettings;
  now: () => Date;
}

export type SendAnswer =
  | { ok: true; body: { data: MessagePayload }; record: OutboundRecord }
  | { ok: false; refusal: Refusal };

/**
 * `POST /v2/messages` after its rate limit: the request read, the sender and recipient checked, maybe a
 * simulated 5xx, else the message accepted (queued, its receipts scheduled) and counted either way.
 * Outcomes come from SIM_SEED's streams in request order: the same requests give the same answers.
 */
export function createIntake({ numbers, campaigns, store, receipts, settings, now }: IntakeDeps) {
  const serverErrors = seededRandom(settings.seed, 'send-errors');
  const outcomes = seededRandom(settings.seed, 'outcomes');

  function factsOf(from: string): SenderFacts {
    const link = numbers.link(from);
    const campaign = link ? campaigns.get(link.campaignId)?.campaign : undefined;
    return { number: numbers.number(from), link, campaign };
  }

  function refuse(refusal: Refusal): SendAnswer {
    store.refused(refusal.errors[0]?.code ?? String(refusal.status));
    return { ok: false, refusal };
  }

  function accept(request: SendRequest, facts: SenderFacts, wire: WireName): SendAnswer {
    const outcome = drawOutcome(outcomes, settings.rates);
    const receivedAt = now().getTime();
    const sentAt = receivedAt + settings.delays.sentMs;
    const useProfile = request.use_profile_webhooks !== false;
    const record = newOutboundRecord(request, {
      id: newId(),
      wire,
      receivedAt,
      sentAt,
      completedAt: sentAt + settings.delays.deliveryMs,
      messagingProfileId: request.messaging_profile_id ?? facts.number?.messaging_profile_id ?? null,
      tcrCampaignId: facts.campaign?.tcrCampaignId ?? null,
      webhookUrl: request.webhook_url ?? (useProfile ? settings.profileWebhookUrl : null),
      failure: outcome.failure,
    });
    store.accepted(record, { failing: outcome.failure !== null, reordered: outcome.reordered });
    receipts.schedule(record, outcome);
    return { ok: true, body: { data: outboundPayload(record, 'queued') }, record };
  }

  return {
    /**
     * A send in Telnyx's body (the core's own language: another API translates its request into it),
     * through the API `wire` names, whose format its events are told in.
     */
    submit(body: unknown, wire: WireName = 'telnyx'): SendAnswer {
      const validation = validateSendRequest(body);
      if (!validation.ok) return refuse(validation.refusal);
      const { request } = validation;
      const facts = factsOf(request.from);
      const refusal =
        senderRefusal(request.from, facts) ??
        recipientRefusal(request.from, request.to, settings.blockedRecipients);
      if (refusal) return refuse(refusal);
      const status = drawServerError(serverErrors, settings.sendErrorRate);
      if (status === null) return accept(request, facts, wire);
      store.serverError();
      const headers = status === 503 ? { 'retry-after': '1' } : undefined;
      return { ok: false, refusal: { status, errors: [unexpectedError()], ...(headers ? { headers } : {}) } };
    },
    rateLimited(): void {
      store.rateLimited();
    },
    /** A send another API refused before it reached the core (its own validation), counted by its code. */
    refused(code: string): void {
      store.refused(code);
    },
  };
}

export type Intake = ReturnType<typeof createIntake>;
