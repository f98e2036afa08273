import { deleteInBatches } from '@longcode/eventstore';
import type { Knex } from 'knex';
import {
  afterFailure,
  afterSuccess,
  FORGET_AFTER_MS,
  type LoginState,
  lockedFor,
  MAX_ADDRESS_FAILURES,
  MAX_FAILURES,
} from './lockout.js';
import { tokenHash } from './tokens.js';

/** The two counts an attempt takes (lockout.ts), each a row keyed by a hash (never the address itself). */
const countsOf = (email: string, ip: string) =>
  [
    { key: tokenHash(`login:${email}|ip:${ip}`), max: MAX_FAILURES },
    { key: tokenHash(`login:${email}`), max: MAX_ADDRESS_FAILURES },
  ].sort((a, b) => a.key.localeCompare(b.key)); // always locked in the same order: no deadlock

// biome-ignore lint/suspicious/noExplicitAny: a database row
const stateOf = (row: any): LoginState =>
  row
    ? { failedLogins: row.failed_logins, lockedUntil: row.locked_until ? new Date(row.locked_until) : null }
    : afterSuccess();

/** A sign-in attempt: refused while the address is locked (`lockedMs` > 0), else counted already. */
export interface Attempt {
  lockedMs: number;
  /** Whether this attempt, should it fail, has just locked the address (from this IP or for everyone). */
  locksNow: boolean;
}

/** Failed logins per email address, counted in the database (so every gateway instance shares them). */
export function createLoginThrottle(db: Knex) {
  return {
    /**
     * Takes an attempt for the address from `ip` before its password is checked: while either count has
     * it locked it is refused; otherwise it counts as a failure at once (in a transaction, the rows
     * locked), and a success clears the counts again. Checking first and counting after would let
     * simultaneous attempts all pass.
     */
    async attempt(email: string, ip: string, now: Date): Promise<Attempt> {
      const counts = countsOf(email, ip);
      // The rows exist before the transaction locks them: inserting them inside, simultaneous attempts
      // would each hold a shared lock on the duplicate and deadlock on wanting it exclusively.
      await db('login_throttle')
        .insert(
          counts.map(({ key }) => ({
            email_hash: key,
            failed_logins: 0,
            locked_until: null,
            updated_at: now,
          })),
        )
        .onConflict('email_hash')
        .ignore();
      return db.transaction(async (trx) => {
        const states: LoginState[] = [];
        for (const { key } of counts)
          states.push(stateOf(await trx('login_throttle').where({ email_hash: key }).forUpdate().first()));
        const lockedMs = Math.max(...states.map((state) => lockedFor(state, now)));
        if (lockedMs > 0) return { lockedMs, locksNow: false };
        let locksNow = false;
        for (const [i, { key, max }] of counts.entries()) {
          const next = afterFailure(states[i] ?? afterSuccess(), now, max);
          locksNow ||= next.lockedUntil !== null;
          const row = { failed_logins: next.failedLogins, locked_until: next.lockedUntil, updated_at: now };
          // An upsert: a success may have cleared the row since it was inserted.
          await trx('login_throttle')
            .insert({ email_hash: key, ...row })
            .onConflict('email_hash')
            .merge(row);
        }
        return { lockedMs: 0, locksNow };
      });
    },
    /**
     * Deletes the counts no attempt has added to for FORGET_AFTER_MS (none of them locked any more),
     * `batch` rows a statement; how many.
     */
    async forgetIdle(now: Date, batch = 1_000): Promise<number> {
      const latest = new Date(now.getTime() - FORGET_AFTER_MS);
      return deleteInBatches(
        () =>
          db('login_throttle')
            .where('updated_at', '<=', latest)
            .andWhere((w) => w.whereNull('locked_until').orWhere('locked_until', '<=', now)),
        batch,
      );
    },

    async succeeded(email: string, ip: string): Promise<void> {
      await db('login_throttle')
        .whereIn(
          'email_hash',
          countsOf(email, ip).map(({ key }) => key),
        )
        .delete();
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
