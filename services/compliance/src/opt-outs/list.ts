import type { Knex } from 'knex';
import type { Scope } from '../consent/consent.js';
import { pageOf } from '../paging/keyset.js';

/** What the opt-out list may be narrowed to; `cursor` continues where the previous page ended. */
export interface OptOutQuery {
  phoneNumber?: string;
  scope?: Scope;
  campaignId?: string;
  brandId?: string;
  limit?: number;
  cursor?: string;
}

interface OptOutRow {
  id: string;
  phone_number: string;
  scope: Scope;
  scope_id: string;
  campaign_id: string | null;
  brand_id: string | null;
  how: string;
  keyword: string | null;
  since: Date;
  expires_at: Date | null;
}

/** An opt-out as the API shows it. */
const toOptOut = (row: OptOutRow) => ({
  id: row.id,
  phoneNumber: row.phone_number,
  scope: row.scope,
  campaignId: row.campaign_id,
  brandId: row.brand_id,
  since: new Date(row.since).toISOString(),
  expiresAt: row.expires_at === null ? null : new Date(row.expires_at).toISOString(),
  how: row.how,
  keyword: row.keyword,
});

export type OptOut = ReturnType<typeof toOptOut>;

/** The account's opt-outs in force at `now` (those that lapsed are gone). */
const inForce = (db: Knex, accountId: string, now: Date) =>
  db('opt_outs')
    .where({ account_id: accountId })
    .andWhere((w) => w.whereNull('expires_at').orWhere('expires_at', '>', now));

/** An opt-out of the account in force, or undefined when it has none by that id. */
export async function findOptOut(db: Knex, accountId: string, id: string, now: Date) {
  const row: OptOutRow | undefined = await inForce(db, accountId, now).andWhere({ id }).first();
  return row && toOptOut(row);
}

/** The opt-out in force that covers this scope for the person: the scope itself, else a wider one. */
export async function coveringOptOut(
  db: Knex,
  q: { accountId: string; phoneNumber: string; campaignId: string | null; brandId: string | null },
  scope: Scope,
  now: Date,
) {
  const rows: OptOutRow[] = await inForce(db, q.accountId, now).andWhere({ phone_number: q.phoneNumber });
  const order: Scope[] = ['CAMPAIGN', 'BRAND', 'GLOBAL'];
  const held = (s: Scope) =>
    rows.find(
      (r) =>
        r.scope === s && r.scope_id === (s === 'CAMPAIGN' ? q.campaignId : s === 'BRAND' ? q.brandId : ''),
    );
  const found = order.slice(order.indexOf(scope)).map(held).find(Boolean);
  return found && toOptOut(found);
}

/** The account's opt-outs in force, newest first, a page at a time. */
export async function listOptOuts(db: Knex, accountId: string, q: OptOutQuery, now: Date) {
  const query = inForce(db, accountId, now);
  if (q.phoneNumber) query.andWhere({ phone_number: q.phoneNumber });
  if (q.scope) query.andWhere({ scope: q.scope });
  if (q.campaignId) query.andWhere({ campaign_id: q.campaignId });
  if (q.brandId) query.andWhere({ brand_id: q.brandId });
  const { rows, nextCursor } = await pageOf<OptOutRow>(query, { at: 'since', id: 'id' }, q, (row) => ({
    at: new Date(row.since),
    id: row.id,
  }));
  return { data: rows.map(toOptOut), nextCursor };
}
