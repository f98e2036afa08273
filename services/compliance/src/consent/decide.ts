import type { ConsentGranted } from '@longcode/contracts';
import { type ConsentEvent, type ConsentState, isRevoked, type Scope, scopeKey } from './consent.js';

/** Where a change applies, who made it, and how. */
export interface ConsentChange {
  accountId: string;
  phoneNumber: string;
  scope: Scope;
  campaignId: string | null;
  brandId: string | null;
  how: 'KEYWORD' | 'CUSTOM_KEYWORD' | 'FREE_TEXT' | 'API' | 'WEB_FORM';
  keyword: string | null;
  /** The provider's id of the text that did it, when one did. */
  sourceMessageId: string | null;
  /** Our id of that text (the inbound message), when one did. */
  inboundMessageId: string | null;
  actor: string;
}

/** A reply to send the person, decided by the change (dispatch sends it). */
export interface Reply {
  replyId: string;
  campaignId: string;
  from: string;
  text: string;
  inReplyTo: string | null;
}

export type ConsentCommand =
  | {
      type: 'RevokeConsent';
      data: ConsentChange & { expiresAt: Date | null; confirmation: Reply | null; now: Date };
    }
  | {
      type: 'GrantConsent';
      /** `everyCovering`: lift every opt-out that covers the campaign (a START), not only the scope given. */
      data: ConsentChange & { confirmation: Reply | null; now: Date; everyCovering: boolean };
    }
  | { type: 'AnswerHelp'; data: { phoneNumber: string; reply: Reply } };

const reply = (phoneNumber: string, kind: string, r: Reply): ConsentEvent => ({
  type: 'longcode.compliance.ReplyRequested',
  data: { phoneNumber, kind, ...r },
});

const changeData = (c: ConsentChange): ConsentGranted => ({
  phoneNumber: c.phoneNumber,
  scope: c.scope,
  campaignId: c.campaignId,
  brandId: c.brandId,
  how: c.how,
  keyword: c.keyword,
  sourceMessageId: c.sourceMessageId,
  actor: c.actor,
  inboundMessageId: c.inboundMessageId,
});

const WIDER: Record<Scope, Scope[]> = {
  CAMPAIGN: ['CAMPAIGN', 'BRAND', 'GLOBAL'],
  BRAND: ['BRAND', 'GLOBAL'],
  GLOBAL: ['GLOBAL'],
};

const keyOf = (c: ConsentChange, scope: Scope) =>
  scopeKey(c.accountId, scope, scope === 'CAMPAIGN' ? c.campaignId : scope === 'BRAND' ? c.brandId : null);

/** The opt-outs in force that already cover this change's scope (itself or wider). */
const covering = (state: ConsentState, c: ConsentChange, now: Date, scopes: Scope[]) =>
  scopes.filter(
    (scope) =>
      (scope !== 'BRAND' || c.brandId) &&
      (scope !== 'CAMPAIGN' || c.campaignId) &&
      isRevoked(state, keyOf(c, scope), now),
  );

/**
 * An opt-out is recorded once per scope: a second STOP while it is in force changes nothing and, above
 * all, sends no second confirmation (the confirmation is the one message an opted-out number may get).
 * An opt-in lifts the opt-out of its scope and is confirmed only when it lifted one. HELP is answered
 * every time.
 */
export function decideConsent(command: ConsentCommand, state: ConsentState): ConsentEvent[] {
  switch (command.type) {
    case 'RevokeConsent': {
      const { expiresAt, confirmation, now, ...change } = command.data;
      if (covering(state, change, now, WIDER[change.scope]).length > 0) return [];
      return [
        {
          type: 'longcode.compliance.ConsentRevoked',
          data: { ...changeData(change), expiresAt: expiresAt?.getTime() ?? null },
        },
        ...(confirmation ? [reply(change.phoneNumber, 'OPT_OUT_CONFIRMATION', confirmation)] : []),
      ];
    }
    case 'GrantConsent': {
      const { confirmation, now, everyCovering, ...change } = command.data;
      const lifted = covering(state, change, now, everyCovering ? WIDER.CAMPAIGN : [change.scope]);
      // Nothing to lift: the grant is still recorded in the ledger (consent given), unconfirmed.
      const scopes = lifted.length > 0 ? lifted : [change.scope];
      return [
        ...scopes.map(
          (scope): ConsentEvent => ({
            type: 'longcode.compliance.ConsentGranted',
            data: changeData({ ...change, scope }),
          }),
        ),
        ...(lifted.length > 0 && confirmation
          ? [reply(change.phoneNumber, 'OPT_IN_CONFIRMATION', confirmation)]
          : []),
      ];
    }
    case 'AnswerHelp':
      return [reply(command.data.phoneNumber, 'HELP', command.data.reply)];
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}
