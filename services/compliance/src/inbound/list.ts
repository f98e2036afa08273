import type { Knex } from 'knex';
import { instantOf, pageOf } from '../paging/keyset.js';

/** What an inbound message list may be narrowed to; `cursor` continues where the previous page ended. */
export interface InboundQuery {
  from?: string;
  to?: string;
  campaignId?: string;
  receivedAfter?: string;
  receivedBefore?: string;
  limit?: number;
  cursor?: string;
}

interface InboundRow {
  id: string;
  from_number: string;
  to_number: string;
  text: string;
  media_urls: string | string[];
  received_at: Date;
  campaign_id: string | null;
  brand_id: string | null;
  provider: string;
  provider_message_id: string;
  kind: string;
  keyword: string | null;
  how: string | null;
}

/** An inbound message as the API shows it. */
const toInboundMessage = (row: InboundRow) => ({
  id: row.id,
  from: row.from_number,
  to: row.to_number,
  text: row.text,
  mediaUrls: typeof row.media_urls === 'string' ? JSON.parse(row.media_urls) : row.media_urls,
  receivedAt: new Date(row.received_at).toISOString(),
  campaignId: row.campaign_id,
  brandId: row.brand_id,
  provider: row.provider,
  providerMessageId: row.provider_message_id,
  compliance: { kind: row.kind, keyword: row.keyword, how: row.how },
});

/** An account's inbound message, or undefined when it has none by that id. */
export async function findInbound(db: Knex, accountId: string, id: string) {
  const row: InboundRow | undefined = await db('inbound_messages')
    .where({ account_id: accountId, id })
    .first();
  return row && toInboundMessage(row);
}

/** An account's inbound messages, newest first, a page at a time. */
export async function listInbound(db: Knex, accountId: string, q: InboundQuery) {
  const query = db('inbound_messages').where({ account_id: accountId });
  if (q.from) query.andWhere({ from_number: q.from });
  if (q.to) query.andWhere({ to_number: q.to });
  if (q.campaignId) query.andWhere({ campaign_id: q.campaignId });
  if (q.receivedAfter) query.andWhere('received_at', '>=', instantOf(q.receivedAfter, 'query.receivedAfter'));
  if (q.receivedBefore)
    query.andWhere('received_at', '<', instantOf(q.receivedBefore, 'query.receivedBefore'));
  const { rows, nextCursor } = await pageOf<InboundRow>(query, { at: 'received_at', id: 'id' }, q, (row) => ({
    at: new Date(row.received_at),
    id: row.id,
  }));
  return { data: rows.map(toInboundMessage), nextCursor };
}
