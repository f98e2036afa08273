import type { Knex } from 'knex';
import type { CampaignSettings } from '../campaigns/settings.js';
import { optOutOf } from '../consent/opt-outs.js';
import type { MessageCommand } from '../message/decide.js';
import type { ExistingMessage } from '../message/message.js';
import { isRestrictedUseCase, sendTimeDecision } from '../schedule/index.js';
import { startOf } from './window.js';

/**
 * What happens to a due message now: it is canceled (the recipient opted out since it was accepted), it
 * waits (quiet hours, a state's frequency cap), or its submission starts (or it expires, which the
 * StartSubmission decision sees). Reads only dispatch's own tables.
 */
export async function gate(
  trx: Knex.Transaction,
  message: ExistingMessage,
  settings: CampaignSettings | undefined,
  provider: string,
  now: Date,
): Promise<MessageCommand> {
  // Compliance's replies answer the person now: the opt-out confirmation is the one message allowed
  // after the opt-out it confirms, and a reply to STOP or HELP is not a solicitation held by quiet hours.
  if (message.complianceReply) return { type: 'StartSubmission', data: { provider, now } };
  const optOut = await optOutOf(trx, {
    accountId: message.accountId,
    phoneNumber: message.to,
    campaignId: message.campaignId,
    brandId: message.brandId,
    now,
  });
  if (optOut) return { type: 'CancelMessage', data: { reason: 'RECIPIENT_OPTED_OUT' } };
  const sentInLast24h = isRestrictedUseCase(message.useCase)
    ? (
        await trx('messages')
          .where({ campaign_id: message.campaignId, to_number: message.to })
          .whereIn('status', ['sending', 'sent', 'delivered', 'undelivered'])
          .andWhere('updated_at', '>', new Date(now.getTime() - 24 * 3600_000))
          .select('updated_at')
      ).map((row) => new Date(row.updated_at))
    : [];
  const decision = sendTimeDecision({
    to: message.to,
    useCase: message.useCase,
    now,
    sentInLast24h,
    ...(settings?.window ? { perCampaignOverride: startOf(settings.window) } : {}),
  });
  if (!decision.allowed)
    return { type: 'DeferMessage', data: { notBefore: decision.notBefore, reason: decision.reason } };
  return { type: 'StartSubmission', data: { provider, now } };
}
