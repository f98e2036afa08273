import type { ConsentGranted, ConsentRevoked, ReplyRequested } from '@longcode/contracts';

/** A person's consent ledger: every change, for every account that texts them. */
export type ConsentEvent =
  | { type: 'longcode.compliance.ConsentRevoked'; data: ConsentRevoked }
  | { type: 'longcode.compliance.ConsentGranted'; data: ConsentGranted }
  | { type: 'longcode.compliance.ReplyRequested'; data: ReplyRequested };

export type Scope = 'CAMPAIGN' | 'BRAND' | 'GLOBAL';

/** One account's opt-out of a scope: `${accountId}|${scope}|${scopeId}` (scopeId '' for GLOBAL). */
export const scopeKey = (accountId: string, scope: Scope, scopeId: string | null) =>
  `${accountId}|${scope}|${scope === 'GLOBAL' ? '' : (scopeId ?? '')}`;

export interface ConsentState {
  /** Opt-outs in force, with when each lapses (null: never). */
  revoked: Map<string, Date | null>;
}

export const initialConsentState: ConsentState = { revoked: new Map() };

type Dated<E> = E & { occurredAt: Date; accountId?: string };

const scopeIdOf = (data: ConsentRevoked | ConsentGranted) =>
  data.scope === 'CAMPAIGN' ? data.campaignId : data.scope === 'BRAND' ? data.brandId : null;

export function evolveConsent(state: ConsentState, event: Dated<ConsentEvent>): ConsentState {
  switch (event.type) {
    case 'longcode.compliance.ConsentRevoked': {
      const revoked = new Map(state.revoked);
      const key = scopeKey(event.accountId ?? '', event.data.scope as Scope, scopeIdOf(event.data));
      revoked.set(key, event.data.expiresAt === null ? null : new Date(event.data.expiresAt));
      return { revoked };
    }
    case 'longcode.compliance.ConsentGranted': {
      const revoked = new Map(state.revoked);
      revoked.delete(scopeKey(event.accountId ?? '', event.data.scope as Scope, scopeIdOf(event.data)));
      return { revoked };
    }
    case 'longcode.compliance.ReplyRequested':
      return state;
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

/** Whether the opt-out of exactly this scope is in force at `now`. */
export function isRevoked(state: ConsentState, key: string, now: Date): boolean {
  if (!state.revoked.has(key)) return false;
  const lapses = state.revoked.get(key);
  return lapses === null || lapses === undefined || lapses.getTime() > now.getTime();
}
