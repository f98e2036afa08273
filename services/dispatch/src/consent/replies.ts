import type { ReplyRequested } from '@longcode/contracts';
import type { BatchEventHandler, Database, EventStore } from '@longcode/eventstore';
import type { Logger } from '@longcode/kit';
import { acceptMessages } from '../message/accept.js';
import { projectOptOuts } from './opt-outs.js';

/**
 * compliance.consent.v1, in order per person: opt-outs and opt-ins update who may be texted, and reply
 * requests are accepted as messages — the opt-out confirmation after the opt-out it confirms, and allowed
 * despite it. A reply's message id is the request's id, accepted in the consumer's transaction: sent once.
 */
export function createConsentHandler(deps: {
  db: Database;
  store: EventStore;
  logger: Logger;
}): BatchEventHandler {
  return async (events, trx) => {
    for (const event of events) {
      if (event.type !== 'longcode.compliance.ReplyRequested') {
        await projectOptOuts([event], trx);
        continue;
      }
      const reply = event.data as ReplyRequested;
      const [outcome] = await acceptMessages(
        deps,
        [{ campaignId: reply.campaignId, from: reply.from, to: reply.phoneNumber, text: reply.text }],
        { accountId: event.accountId, correlationId: event.correlationId, causationId: event.eventId },
        { ids: [reply.replyId], complianceReply: reply.kind, trx },
      );
      if (outcome && !outcome.ok) {
        deps.logger.warn(
          { replyId: reply.replyId, kind: reply.kind, code: outcome.error.code },
          'a compliance reply could not be sent',
        );
      }
    }
  };
}
