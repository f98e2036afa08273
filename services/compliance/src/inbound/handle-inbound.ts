import type { InboundReceived } from '@longcode/contracts';
import type { EventHandler, EventStore } from '@longcode/eventstore';
import type { Logger } from '@longcode/kit';
import type { Knex } from 'knex';
import { uuidv7 } from 'uuidv7';
import type { ConsentCommand, Reply } from '../consent/decide.js';
import { recordConsent } from '../consent/record.js';
import { contextOf } from '../directory/directory.js';
import { classifyInbound } from '../keywords/index.js';
import { recordInbound } from './messages.js';
import { replyTexts } from './replies.js';

export interface InboundDeps {
  store: EventStore;
  logger: Logger;
  now?: () => Date;
}

/**
 * Reads every inbound message (receipts.inbound.v1) for what it asks: STOP-family keywords and
 * free-text revocations opt the person out (STOP ALL: of everything the account sends; otherwise of
 * the brand behind the number — the sender, in the FCC's words), START-family keywords opt them back
 * in, HELP gets the campaign's help reply. The message (with what it was taken for), the ledger entry,
 * the opt-out list and the reply request are written in the consumer's transaction, with its inbox row:
 * exactly once per inbound message.
 */
export function createInboundHandler({ store, logger, now = () => new Date() }: InboundDeps): EventHandler {
  return async (event, trx: Knex.Transaction) => {
    if (event.type !== 'longcode.receipts.InboundReceived') return;
    const inbound = event.data as InboundReceived;
    const context = await contextOf(trx, inbound.to);
    if (!context) {
      logger.info({ to: inbound.to }, 'an inbound message to a number that is not ours: ignored');
      return;
    }
    const { campaign } = context;
    const found = classifyInbound(inbound.text, campaign ? { customKeywords: campaign.keywords } : {});
    await recordInbound(trx, { id: event.eventId, message: inbound, context, found });
    if (found.kind === 'NONE') return;
    const replyWith = (text: string): Reply | null =>
      campaign
        ? {
            replyId: uuidv7(),
            campaignId: campaign.campaignId,
            from: inbound.to,
            text,
            inReplyTo: inbound.providerMessageId,
          }
        : null;
    const change = {
      accountId: context.accountId,
      phoneNumber: inbound.from,
      campaignId: campaign?.campaignId ?? null,
      brandId: campaign?.brandId ?? null,
      how: found.how ?? 'KEYWORD',
      keyword: found.keyword,
      sourceMessageId: inbound.providerMessageId,
      inboundMessageId: event.eventId,
      actor: `recipient ${inbound.from}`,
    } as const;
    let command: ConsentCommand;
    if (found.kind === 'OPT_OUT') {
      const scope = found.scope === 'ALL' || !campaign ? 'GLOBAL' : 'BRAND';
      command = {
        type: 'RevokeConsent',
        data: {
          ...change,
          scope,
          expiresAt: null,
          confirmation: campaign ? replyWith(replyTexts.optOut(campaign)) : null,
          now: now(),
        },
      };
    } else if (found.kind === 'OPT_IN') {
      command = {
        type: 'GrantConsent',
        data: {
          ...change,
          scope: campaign ? 'BRAND' : 'GLOBAL',
          confirmation: campaign ? replyWith(replyTexts.optIn(campaign)) : null,
          now: now(),
          everyCovering: true,
        },
      };
    } else {
      const reply = campaign ? replyWith(replyTexts.help(campaign)) : null;
      if (!reply) return;
      command = { type: 'AnswerHelp', data: { phoneNumber: inbound.from, reply } };
    }
    await recordConsent(
      { db: trx, store },
      inbound.from,
      command,
      { accountId: context.accountId, correlationId: event.correlationId, causationId: event.eventId },
      trx,
    );
  };
}
