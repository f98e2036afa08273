import type { Knex } from 'knex';
import { type Caller, UnauthenticatedError } from '../keys/auth.js';
import { ROLE_SCOPES, seesEveryBrand } from './roles.js';
import { liveSession } from './sessions.js';
import { brandsOf, userByIdAnyAccount } from './store.js';
import { parseToken } from './tokens.js';

const invalid = () =>
  new UnauthenticatedError('SESSION_INVALID', 'The session is not valid (unknown, signed out or expired)');

/**
 * Signed-in users: `Authorization: Bearer lcs_…` (from POST /v1/sessions). A session is read afresh on
 * every request, so signing out, deactivation, a role change or a password reset applies at once.
 */
export function createSessionAuthenticator({ db, now = () => new Date() }: { db: Knex; now?: () => Date }) {
  return {
    async authenticate(token: string): Promise<Caller> {
      const hash = parseToken('lcs', token);
      const session = hash ? await liveSession(db, hash, now()) : null;
      const user = session ? await userByIdAnyAccount(db, session.userId) : null;
      if (!session || !user?.isActive) throw invalid();
      const brands = seesEveryBrand(user.role)
        ? null
        : new Map(((await brandsOf(db, [user.id])).get(user.id) ?? []).map((b) => [b.brandId, b.role]));
      return {
        accountId: user.accountId,
        keyId: `user:${user.id}`,
        scopes: [...ROLE_SCOPES[user.role]],
        limitPerMinute: null,
        limitPerHour: null,
        user: { userId: user.id, sessionId: session.sessionId, role: user.role, brands },
      };
    },
  };
}

export type SessionAuthenticator = ReturnType<typeof createSessionAuthenticator>;
