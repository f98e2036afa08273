import { deleteInBatches } from '@longcode/eventstore';
import type { Knex } from 'knex';
import { uuidv7 } from 'uuidv7';
import { issueToken } from './tokens.js';

/** How long a session lasts from login (absolute; a new login makes a new one). */
export const SESSION_TTL_MS = 12 * 3_600_000;
/** How long a session lasts unused (OWASP ASVS 3.3.2): a session left open on a shared screen ends. */
export const SESSION_IDLE_MS = 30 * 60_000;
/** How long a session's row (its IP and user agent with it) is kept after the session ended. */
export const ENDED_KEPT_MS = 7 * 24 * 3_600_000;
/** A session's last use is written at most this often (not on every request). */
const SEEN_EVERY_MS = 60_000;

export interface Session {
  sessionId: string;
  userId: string;
  expiresAt: Date;
}

export async function openSession(
  db: Knex,
  userId: string,
  client: { ip: string; userAgent: string | undefined },
  now: Date,
): Promise<Session & { token: string }> {
  const { token, hash } = issueToken('lcs');
  const session = { sessionId: uuidv7(), userId, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) };
  await db('user_sessions').insert({
    session_id: session.sessionId,
    token_hash: hash,
    user_id: userId,
    created_at: now,
    expires_at: session.expiresAt,
    last_seen_at: now,
    ip: client.ip.slice(0, 64),
    user_agent: client.userAgent?.slice(0, 255) ?? null,
  });
  return { ...session, token };
}

/**
 * The live session a token hash opens (not revoked, not past its expiry, used within `idleMs`), or
 * null; its use is recorded (at most once a minute, by one conditional update).
 */
export async function liveSession(
  db: Knex,
  hash: string,
  now: Date,
  idleMs = SESSION_IDLE_MS,
): Promise<Session | null> {
  const row = await db('user_sessions')
    .where({ token_hash: hash })
    .whereNull('revoked_at')
    .where('expires_at', '>', now)
    .where('last_seen_at', '>', new Date(now.getTime() - idleMs))
    .first('session_id', 'user_id', 'expires_at', 'last_seen_at');
  if (!row) return null;
  if (now.getTime() - new Date(row.last_seen_at).getTime() >= Math.min(SEEN_EVERY_MS, idleMs / 4)) {
    await db('user_sessions')
      .where({ session_id: row.session_id })
      .where('last_seen_at', '<', now)
      .update({ last_seen_at: now });
  }
  return { sessionId: row.session_id, userId: row.user_id, expiresAt: new Date(row.expires_at) };
}

export async function revokeSession(db: Knex, sessionId: string, now: Date): Promise<void> {
  await db('user_sessions')
    .where({ session_id: sessionId })
    .whereNull('revoked_at')
    .update({ revoked_at: now });
}

/** Ends every session of a user (deactivated, password changed or reset), but `keep` if given. */
export async function revokeSessionsOf(db: Knex, userId: string, now: Date, keep?: string): Promise<void> {
  const query = db('user_sessions').where({ user_id: userId }).whereNull('revoked_at');
  if (keep) query.whereNot({ session_id: keep });
  await query.update({ revoked_at: now });
}

/**
 * Deletes the sessions that ended more than ENDED_KEPT_MS ago (every session has ended by its expiry,
 * whether it was revoked or left idle before); how many. The audit log keeps the sign-ins.
 */
export function forgetEndedSessions(db: Knex, now: Date, batch = 1_000): Promise<number> {
  const latest = new Date(now.getTime() - ENDED_KEPT_MS);
  return deleteInBatches(() => db('user_sessions').where('expires_at', '<=', latest), batch);
}
