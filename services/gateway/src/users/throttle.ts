import type { Knex } from 'knex';
import { afterFailure, afterSuccess, type LoginState, lockedFor } from './lockout.js';
import { tokenHash } from './tokens.js';

const keyOf = (email: string) => tokenHash(`login:${email}`);

// biome-ignore lint/suspicious/noExplicitAny: a database row
const stateOf = (row: any): LoginState =>
  row
    ? { failedLogins: row.failed_logins, lockedUntil: row.locked_until ? new Date(row.locked_until) : null }
    : afterSuccess();

/** Failed logins per email address, counted in the database (so every gateway instance shares them). */
export function createLoginThrottle(db: Knex) {
  return {
    /** Milliseconds the address is still locked for (0: not locked). */
    async lockedFor(email: string, now: Date): Promise<number> {
      return lockedFor(
        stateOf(
          await db('login_throttle')
            .where({ email_hash: keyOf(email) })
            .first(),
        ),
        now,
      );
    },
    /** Counts a failure (in a transaction: simultaneous failures all count); the state after it. */
    async failed(email: string, now: Date): Promise<LoginState> {
      return db.transaction(async (trx) => {
        const key = keyOf(email);
        await trx('login_throttle')
          .insert({ email_hash: key, failed_logins: 0, locked_until: null, updated_at: now })
          .onConflict('email_hash')
          .ignore();
        const row = await trx('login_throttle').where({ email_hash: key }).forUpdate().first();
        const next = afterFailure(stateOf(row), now);
        await trx('login_throttle')
          .where({ email_hash: key })
          .update({ failed_logins: next.failedLogins, locked_until: next.lockedUntil, updated_at: now });
        return next;
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
