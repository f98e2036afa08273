import type { Knex } from 'knex';
import type { CampaignSettings } from '../campaigns/settings.js';
import { loadOptOuts, type OptOutLookup } from '../consent/opt-outs.js';
import type { MessageCommand } from '../message/decide.js';
import type { ExistingMessage } from '../message/message.js';
import { isRestrictedUseCase, sendTimeDecision } from '../schedule/index.js';
import { startOf } from './window.js';

/** What the gate needs to know of a pass's messages, read in two queries whatever their number. */
export interface GateFacts {
  optOuts: OptOutLookup;
  /** When each campaign's messages to a recipient were handed over in the last 24 h (restricted use cases). */
  sentInLast24h(campaignId: string, to: string): Date[];
  /** Counts a message of this pass as handed over (the next one to the same person sees it). */
  started(message: ExistingMessage, at: Date): void;
}

export async function loadGateFacts(
  trx: Knex.Transaction,
  messages: readonly ExistingMessage[],
  now: Date,
): Promise<GateFacts> {
  const checked = messages.filter((m) => !m.complianceReply);
  const optOuts = await loadOptOuts(
    trx,
    checked.map((m) => ({ accountId: m.accountId, phoneNumber: m.to })),
    now,
  );
  const capped = checked.filter((m) => isRestrictedUseCase(m.useCase));
  const rows: Array<{ campaign_id: string; to_number: string; updated_at: Date | string }> =
    capped.length === 0
      ? []
      : await trx('messages')
          .whereIn('campaign_id', [...new Set(capped.map((m) => m.campaignId))])
          .whereIn('to_number', [...new Set(capped.map((m) => m.to))])
          .whereIn('status', ['sending', 'sent', 'delivered', 'undelivered'])
          .andWhere('updated_at', '>', new Date(now.getTime() - 24 * 3600_000))
          .select('campaign_id', 'to_number', 'updated_at');
  const sent = new Map<string, Date[]>();
  for (const row of rows) {
    const key = `${row.campaign_id}|${row.to_number}`;
    sent.set(key, [...(sent.get(key) ?? []), new Date(row.updated_at)]);
  }
  return {
    optOuts,
    sentInLast24h: (campaignId, to) => sent.get(`${campaignId}|${to}`) ?? [],
    started(message, at) {
      const key = `${message.campaignId}|${message.to}`;
      sent.set(key, [...(sent.get(key) ?? []), at]);
    },
  };
}

/**
 * What happens to a due message now: it is canceled (the recipient opted out since it was accepted), it
 * waits (quiet hours, a state's frequency cap), or its submission starts (or it expires, which the
 * StartSubmission decision sees). Pure, given what loadGateFacts read.
 */
export function gate(
  message: ExistingMessage,
  facts: GateFacts,
  settings: CampaignSettings | undefined,
  provider: string,
  now: Date,
): MessageCommand {
  // Compliance's replies answer the person now: the opt-out confirmation is the one message allowed
  // after the opt-out it confirms, and a reply to STOP or HELP is not a solicitation held by quiet hours.
  if (message.complianceReply) return { type: 'StartSubmission', data: { provider, now } };
  const optOut = facts.optOuts.scopeFor({
    accountId: message.accountId,
    phoneNumber: message.to,
    campaignId: message.campaignId,
    brandId: message.brandId,
  });
  if (optOut) return { type: 'CancelMessage', data: { reason: 'RECIPIENT_OPTED_OUT' } };
  const decision = sendTimeDecision({
    to: message.to,
    useCase: message.useCase,
    now,
    sentInLast24h: isRestrictedUseCase(message.useCase)
      ? facts.sentInLast24h(message.campaignId, message.to)
      : [],
    ...(settings?.window ? { perCampaignOverride: startOf(settings.window) } : {}),
  });
  if (!decision.allowed)
    return { type: 'DeferMessage', data: { notBefore: decision.notBefore, reason: decision.reason } };
  return { type: 'StartSubmission', data: { provider, now } };
}
