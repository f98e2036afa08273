import type { Knex } from 'knex';
import { afterFailure, afterSuccess, type LoginState, lockedFor } from './lockout.js';
import { tokenHash } from './tokens.js';

const keyOf = (email: string) => tokenHash(`login:${email}`);

// biome-ignore lint/suspicious/noExplicitAny: a database row
const stateOf = (row: any): LoginState =>
  row
    ? { failedLogins: row.failed_logins, lockedUntil: row.locked_until ? new Date(row.locked_until) : null }
    : afterSuccess();

/** A sign-in attempt: refused while the address is locked (`lockedMs` > 0), else counted already. */
export interface Attempt {
  lockedMs: number;
  /** The address's state with this attempt counted as a failure (what stands unless it succeeds). */
  state: LoginState;
}

/** Failed logins per email address, counted in the database (so every gateway instance shares them). */
export function createLoginThrottle(db: Knex) {
  return {
    /**
     * Takes an attempt for the address before its password is checked: while locked it is refused;
     * otherwise it counts as a failure at once (in a transaction, the row locked), and a success clears
     * the count again. Checking first and counting after would let simultaneous attempts all pass.
     */
    async attempt(email: string, now: Date): Promise<Attempt> {
      const key = keyOf(email);
      // The row exists before the transaction locks it: inserting it inside, simultaneous attempts would
      // each hold a shared lock on the duplicate and deadlock on wanting it exclusively.
      await db('login_throttle')
        .insert({ email_hash: key, failed_logins: 0, locked_until: null, updated_at: now })
        .onConflict('email_hash')
        .ignore();
      return db.transaction(async (trx) => {
        const state = stateOf(await trx('login_throttle').where({ email_hash: key }).forUpdate().first());
        const lockedMs = lockedFor(state, now);
        if (lockedMs > 0) return { lockedMs, state };
        const next = afterFailure(state, now);
        const row = { failed_logins: next.failedLogins, locked_until: next.lockedUntil, updated_at: now };
        // An upsert: a success may have cleared the row since it was inserted.
        await trx('login_throttle')
          .insert({ email_hash: key, ...row })
          .onConflict('email_hash')
          .merge(row);
        return { lockedMs: 0, state: next };
      });
    },
    async succeeded(email: string): Promise<void> {
      await db('login_throttle')
        .where({ email_hash: keyOf(email) })
        .delete();
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
