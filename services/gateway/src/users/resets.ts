import { deleteInBatches } from '@longcode/eventstore';
import type { Knex } from 'knex';
import { ENDED_KEPT_MS } from './sessions.js';
import { issueToken } from './tokens.js';

/** How long a password-reset link works, once. */
export const RESET_TTL_MS = 60 * 60_000;

/** How many reset links a user may have live at once: more requests mail nothing (no mail bombing). */
export const MAX_LIVE_RESETS = 3;

/**
 * A new reset token for the user, or null when the user has `MAX_LIVE_RESETS` live ones already. The
 * user's row is locked while the live ones are counted and the new one added, so simultaneous requests
 * cannot each see room for one more.
 */
export async function issueReset(db: Knex, userId: string, now: Date): Promise<string | null> {
  return db.transaction(async (trx) => {
    await trx('users').where({ user_id: userId }).forUpdate().first('user_id');
    const [live] = await trx('password_resets')
      .where({ user_id: userId })
      .whereNull('used_at')
      .where('expires_at', '>', now)
      .count({ n: '*' });
    if (Number(live?.n ?? 0) >= MAX_LIVE_RESETS) return null;
    const { token, hash } = issueToken('lcr');
    await trx('password_resets').insert({
      token_hash: hash,
      user_id: userId,
      created_at: now,
      expires_at: new Date(now.getTime() + RESET_TTL_MS),
    });
    return token;
  });
}

/** Whom a reset token is for, while it may still be used. */
export async function resetOwner(db: Knex, hash: string, now: Date): Promise<string | null> {
  const row = await db('password_resets')
    .where({ token_hash: hash })
    .whereNull('used_at')
    .where('expires_at', '>', now)
    .first('user_id');
  return row?.user_id ?? null;
}

/**
 * Uses a reset token: the user it was for, or null if it is unknown, used or expired. Using one spends
 * every other live token of the user too (a link mailed earlier must not outlive the reset), and the
 * user's tokens are locked while it happens: two requests with this token, or with two tokens of one
 * user, cannot both succeed.
 */
export async function useReset(db: Knex, hash: string, now: Date): Promise<string | null> {
  return db.transaction(async (trx) => {
    const row = await trx('password_resets').where({ token_hash: hash }).first('user_id');
    if (!row) return null;
    const live = await trx('password_resets')
      .where({ user_id: row.user_id })
      .whereNull('used_at')
      .where('expires_at', '>', now)
      .forUpdate()
      .select('token_hash');
    if (!live.some((reset) => reset.token_hash === hash)) return null;
    await spendResetsOf(trx, row.user_id, now);
    return row.user_id as string;
  });
}

/** Spends a user's reset tokens not yet used (the password was reset or changed). */
export async function spendResetsOf(db: Knex, userId: string, now: Date): Promise<void> {
  await db('password_resets').where({ user_id: userId }).whereNull('used_at').update({ used_at: now });
}

/** Deletes the reset links that stopped working (used or not) more than a week ago; how many. */
export function forgetEndedResets(db: Knex, now: Date, batch = 1_000): Promise<number> {
  const latest = new Date(now.getTime() - ENDED_KEPT_MS);
  return deleteInBatches(() => db('password_resets').where('expires_at', '<=', latest), batch);
}
