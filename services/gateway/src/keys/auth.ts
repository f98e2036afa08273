import { DomainError } from '@longcode/kit';
import type { Knex } from 'knex';
import type { BrandRole, Role } from '../users/roles.js';
import { allows, type Scope } from './scopes.js';
import { parseKey, sameHash } from './secret.js';
import { keyByPrefix, recordUses, type StoredKey } from './store.js';

/**
 * Who is calling: the account a key (or a signed-in user) belongs to, and what it may do. `keyId` names
 * the credential the rate limits count against: the key's id, or `user:<id>` for a session.
 */
export interface Caller {
  accountId: string;
  keyId: string;
  scopes: string[];
  limitPerMinute: number | null;
  limitPerHour: number | null;
  /** A signed-in user (a session), with the brands the user is limited to (null: every brand). */
  user?: { userId: string; sessionId: string; role: Role; brands: Map<string, BrandRole> | null };
}

export class UnauthenticatedError extends DomainError {
  constructor(code: 'API_KEY_MISSING' | 'API_KEY_INVALID' | 'SESSION_INVALID', message: string) {
    super(code, message, { status: 401 });
  }
}

export function missingScope(needed: Scope): DomainError {
  return new DomainError('API_KEY_SCOPE_MISSING', `This API key lacks the ${needed} scope`, {
    status: 403,
    details: { scope: needed },
  });
}

export function requireScope(caller: Caller, needed: Scope): void {
  if (!allows(caller.scopes, needed)) throw missingScope(needed);
}

export interface AuthenticatorDeps {
  db: Knex;
  now?: () => Date;
  /** How long a key read from the database is trusted before it is read again. */
  cacheMs?: number;
}

/**
 * Checks `Authorization: Bearer lc_…` against the stored keys: unknown, malformed, revoked and expired
 * keys are all answered alike (401 API_KEY_INVALID). Keys are kept for `cacheMs` (a revocation made
 * through another gateway instance takes effect within it); uses are counted in memory and written
 * by `flushUses` (main runs it every second and at shutdown).
 */
export function createAuthenticator({ db, now = () => new Date(), cacheMs = 2_000 }: AuthenticatorDeps) {
  // Only keys that exist are kept: prefixes come from callers, and unknown ones must not fill memory.
  const cache = new Map<string, { key: StoredKey; until: number }>();
  const uses = new Map<string, { keyId: string; count: number; at: Date; ip: string }>();

  async function lookup(prefix: string): Promise<StoredKey | undefined> {
    const cached = cache.get(prefix);
    if (cached && cached.until > Date.now()) return cached.key;
    const key = await keyByPrefix(db, prefix);
    if (key) cache.set(prefix, { key, until: Date.now() + cacheMs });
    else cache.delete(prefix);
    return key;
  }

  return {
    async authenticate(authorization: string | undefined, ip: string): Promise<Caller> {
      const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
      if (!presented) {
        throw new UnauthenticatedError(
          'API_KEY_MISSING',
          'Send your API key as `Authorization: Bearer lc_…`',
        );
      }
      const parsed = parseKey(presented);
      const key = parsed ? await lookup(parsed.prefix) : undefined;
      const at = now();
      const usable =
        parsed &&
        key &&
        sameHash(key.secretHash, parsed.hash) &&
        key.revokedAt === null &&
        (key.expiresAt === null || Date.parse(key.expiresAt) > at.getTime());
      if (!usable || !key) {
        throw new UnauthenticatedError(
          'API_KEY_INVALID',
          'The API key is not valid (unknown, revoked or expired)',
        );
      }
      const use = uses.get(key.id) ?? { keyId: key.id, count: 0, at, ip };
      uses.set(key.id, { ...use, count: use.count + 1, at, ip });
      return {
        accountId: key.accountId,
        keyId: key.id,
        scopes: key.scopes,
        limitPerMinute: key.limitPerMinute,
        limitPerHour: key.limitPerHour,
      };
    },
    /** Forgets a cached key (after this instance revoked it). */
    forget(prefix: string) {
      cache.delete(prefix);
    },
    async flushUses(): Promise<void> {
      if (uses.size === 0) return;
      const taken = [...uses.values()];
      uses.clear();
      await recordUses(db, taken);
    },
  };
}

export type Authenticator = ReturnType<typeof createAuthenticator>;
