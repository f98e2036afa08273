import { randomUUID } from 'node:crypto';
import type { Logger } from '@longcode/kit';
import { createDelayedJobs } from '../delayed-jobs.js';
import { newRegistryId } from '../registry-ids.js';
import type { TelnyxEvent } from '../webhooks/events.js';
import type { WebhookSender } from '../webhooks/sender.js';
import type { TelnyxCampaign } from './campaign.js';
import {
  applyCarrierAction,
  type CampaignRules,
  type CarrierAction,
  decideCampaign,
  decidedCampaign,
} from './decide.js';
import { actionEvent, outcomeEvents } from './events.js';
import type { CampaignRecord, CampaignStore } from './store.js';

export interface CampaignDecisionsDeps {
  store: CampaignStore;
  sender: WebhookSender;
  logger: Logger;
  rules: CampaignRules;
  delayMs: number;
  /** For campaigns submitted without a `webhookURL`. */
  fallbackWebhookUrl: string;
  now: () => Date;
}

export type ActionResult =
  | { ok: true; campaign: TelnyxCampaign }
  | { ok: false; problem: 'not-found' | 'not-allowed'; reason: string };

/**
 * After the configured delay, decides a submitted campaign's outcome, records it, and sends its webhooks
 * one after the other; on demand, applies a carrier action and sends its webhook. Webhooks go to the
 * campaign's `webhookURL`, or the configured one.
 */
export function createCampaignDecisions(deps: CampaignDecisionsDeps) {
  const { store, sender, logger, rules, now } = deps;
  const jobs = createDelayedJobs({ delayMs: deps.delayMs, logger });

  const sending = new Map<string, Promise<void>>();

  /** Delivers one after the other, after the campaign's earlier webhooks: a campaign's webhooks keep their order. */
  function send(record: CampaignRecord, events: TelnyxEvent[]): Promise<void> {
    const url = record.request.webhookURL ?? deps.fallbackWebhookUrl;
    const { campaignId } = record.campaign;
    const sent = (sending.get(campaignId) ?? Promise.resolve()).then(async () => {
      for (const event of events) record.deliveries.push(await sender.deliver(url, event));
    });
    const settled = sent.then(
      () => undefined,
      () => undefined,
    );
    sending.set(campaignId, settled);
    return sent;
  }

  async function decide(campaignId: string): Promise<void> {
    const record = store.get(campaignId);
    if (!record) return;
    const outcome = decideCampaign(record.request, rules);
    record.outcome = outcome;
    record.campaign = decidedCampaign(record.campaign, outcome, newRegistryId('C'));
    logger.info({ campaignId, outcome: outcome.kind }, 'campaign decided');
    await send(record, outcomeEvents(record.campaign, outcome, now(), randomUUID));
  }

  return {
    schedule(campaignId: string): void {
      jobs.after(() => decide(campaignId), { message: 'campaign decision failed', context: { campaignId } });
    },
    /** Applies the action now; its webhook follows the campaign's earlier ones, in the background. */
    act(campaignId: string, action: CarrierAction): ActionResult {
      const record = store.get(campaignId);
      if (!record)
        return { ok: false, problem: 'not-found', reason: `Campaign ${campaignId} does not exist` };
      const result = applyCarrierAction(record.campaign, action);
      if (!result.ok) return { ok: false, problem: 'not-allowed', reason: result.reason };
      record.campaign = result.campaign;
      record.actions.push(action);
      logger.info({ campaignId, action: action.kind }, 'carrier action on campaign');
      send(record, [actionEvent(record.campaign, action, now(), randomUUID)]).catch((error: unknown) =>
        logger.error({ err: error, campaignId }, 'carrier action webhook failed'),
      );
      return { ok: true, campaign: record.campaign };
    },
    /** Cancels the decisions still waiting (the app closes the sender). */
    close(): void {
      jobs.close();
    },
  };
}

export type CampaignDecisions = ReturnType<typeof createCampaignDecisions>;
