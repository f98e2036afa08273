import type { Knex } from 'knex';

/** Who did it: a user, an API key, the operator, or someone not signed in (a login, a reset). */
export type Actor = `user:${string}` | `api-key:${string}` | 'operator' | `anonymous:${string}`;

export interface AuditEntry {
  accountId: string;
  actor: Actor;
  action: string;
  target?: string | null;
  detail?: Record<string, unknown>;
  ip?: string | null;
}

export async function audit(db: Knex, entry: AuditEntry, at: Date): Promise<void> {
  await db('audit_events').insert({
    account_id: entry.accountId,
    actor: entry.actor.slice(0, 100),
    action: entry.action,
    target: entry.target ?? null,
    detail: entry.detail ? JSON.stringify(entry.detail) : null,
    ip: entry.ip?.slice(0, 64) ?? null,
    at,
  });
}

export interface AuditEvent {
  id: string;
  actor: string;
  action: string;
  target: string | null;
  detail: Record<string, unknown> | null;
  ip: string | null;
  at: string;
}

/** An account's audit events, newest first, `limit` at a time, before the `before` cursor. */
export async function auditEventsOf(
  db: Knex,
  accountId: string,
  page: { limit: number; before?: string },
): Promise<{ data: AuditEvent[]; nextCursor: string | null }> {
  const query = db('audit_events').where({ account_id: accountId }).orderBy('audit_id', 'desc');
  if (page.before) query.where('audit_id', '<', page.before);
  const rows = await query.limit(page.limit + 1);
  const data = rows.slice(0, page.limit).map((row) => ({
    id: String(row.audit_id),
    actor: row.actor,
    action: row.action,
    target: row.target,
    detail: typeof row.detail === 'string' ? JSON.parse(row.detail) : row.detail,
    ip: row.ip,
    at: new Date(row.at).toISOString(),
  }));
  return { data, nextCursor: rows.length > page.limit ? (data.at(-1)?.id ?? null) : null };
}
