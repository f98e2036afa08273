import type { Knex } from 'knex';
import { issueToken } from './tokens.js';

/** How long a password-reset link works, once. */
export const RESET_TTL_MS = 60 * 60_000;

export async function issueReset(db: Knex, userId: string, now: Date): Promise<string> {
  const { token, hash } = issueToken('lcr');
  await db('password_resets').insert({
    token_hash: hash,
    user_id: userId,
    created_at: now,
    expires_at: new Date(now.getTime() + RESET_TTL_MS),
  });
  return token;
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
 * Uses a reset token: the user it was for, or null if it is unknown, used or expired. Marking it used is
 * one conditional update, so two requests with the same token cannot both succeed.
 */
export async function useReset(db: Knex, hash: string, now: Date): Promise<string | null> {
  const row = await db('password_resets').where({ token_hash: hash }).first('user_id');
  if (!row) return null;
  const used = await db('password_resets')
    .where({ token_hash: hash })
    .whereNull('used_at')
    .where('expires_at', '>', now)
    .update({ used_at: now });
  return used === 1 ? row.user_id : null;
}
