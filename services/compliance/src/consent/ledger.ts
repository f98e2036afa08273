import type { ConsentGranted, ConsentRevoked } from '@longcode/contracts';
import type { ConsentEvent } from './consent.js';

/** What an opt-out or opt-in entry of the ledger says (the person is the ledger's, not repeated). */
const changeOf = (data: ConsentRevoked | ConsentGranted) => ({
  scope: data.scope,
  campaignId: data.campaignId,
  brandId: data.brandId,
  how: data.how,
  keyword: data.keyword,
  sourceMessageId: data.sourceMessageId,
  // Recorded since the field was added; older entries name the text by the provider's id only.
  inboundMessageId: data.inboundMessageId ?? null,
  actor: data.actor,
});

/**
 * One entry of a person's ledger as the API documents it (consentLedger in @longcode/contracts): each field
 * named, instants as ISO date-times, never the event's data as it is stored.
 */
export function ledgerEntryOf(event: ConsentEvent & { occurredAt: Date }) {
  const at = event.occurredAt.toISOString();
  switch (event.type) {
    case 'longcode.compliance.ConsentRevoked': {
      const { expiresAt } = event.data;
      return {
        type: 'ConsentRevoked',
        at,
        ...changeOf(event.data),
        expiresAt: expiresAt === null ? null : new Date(expiresAt).toISOString(),
      };
    }
    case 'longcode.compliance.ConsentGranted':
      return { type: 'ConsentGranted', at, ...changeOf(event.data) };
    case 'longcode.compliance.ReplyRequested': {
      const { kind, replyId, campaignId, from, text, inReplyTo } = event.data;
      return { type: 'ReplyRequested', at, kind, messageId: replyId, campaignId, from, text, inReplyTo };
    }
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}
