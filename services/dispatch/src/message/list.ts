import { ValidationError } from '@longcode/kit';
import type { Knex } from 'knex';

/** What a list of messages may be narrowed to; `cursor` continues where the previous page ended. */
export interface MessageQuery {
  status?: string;
  campaignId?: string;
  to?: string;
  from?: string;
  /** Accepted at or after (inclusive). */
  acceptedFrom?: string;
  /** Accepted before (exclusive). */
  acceptedBefore?: string;
  limit?: number;
  cursor?: string;
}

interface Position {
  acceptedAt: string;
  messageId: string;
}

const encodeCursor = (p: Position) =>
  Buffer.from(JSON.stringify([p.acceptedAt, p.messageId])).toString('base64url');

function decodeCursor(cursor: string): Position {
  try {
    const [acceptedAt, messageId] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      typeof acceptedAt === 'string' &&
      typeof messageId === 'string' &&
      !Number.isNaN(Date.parse(acceptedAt))
    ) {
      return { acceptedAt, messageId };
    }
  } catch {
    // answered below
  }
  throw new ValidationError([{ field: 'query.cursor', message: 'is not a cursor this API gave' }]);
}

/** A message as a list shows it: its state, without its body. */
// biome-ignore lint/suspicious/noExplicitAny: a database row
const summary = (row: any) => ({
  id: row.message_id,
  status: row.status,
  campaignId: row.campaign_id,
  from: row.from_number,
  to: row.to_number,
  encoding: row.encoding,
  segments: row.segments,
  reference: row.reference,
  providerMessageId: row.provider_message_id,
  errorCode: row.error_code,
  errorDescription: row.error_description,
  acceptedAt: new Date(row.accepted_at).toISOString(),
  updatedAt: new Date(row.updated_at).toISOString(),
});

/**
 * An account's messages, newest first, a page at a time (keyset pagination on acceptance time and id:
 * stable while new messages arrive), within a range of acceptance times if asked (the account's index
 * serves it). `nextCursor` is null on the last page.
 */
export async function listMessages(db: Knex, accountId: string, q: MessageQuery) {
  const limit = q.limit ?? 50;
  const from = q.acceptedFrom ? new Date(q.acceptedFrom) : null;
  const before = q.acceptedBefore ? new Date(q.acceptedBefore) : null;
  if (from && before && from >= before) {
    throw new ValidationError([
      { field: 'query.acceptedBefore', message: 'must be later than acceptedFrom (the range is empty)' },
    ]);
  }
  const query = db('messages').where({ account_id: accountId });
  if (from) query.andWhere('accepted_at', '>=', from);
  if (before) query.andWhere('accepted_at', '<', before);
  if (q.status) query.andWhere({ status: q.status });
  if (q.campaignId) query.andWhere({ campaign_id: q.campaignId });
  if (q.to) query.andWhere({ to_number: q.to });
  if (q.from) query.andWhere({ from_number: q.from });
  if (q.cursor) {
    const after = decodeCursor(q.cursor);
    const at = new Date(after.acceptedAt);
    query.andWhere((w) =>
      w
        .where('accepted_at', '<', at)
        .orWhere((same) => same.where('accepted_at', at).andWhere('message_id', '<', after.messageId)),
    );
  }
  const rows = await query
    .orderBy([
      { column: 'accepted_at', order: 'desc' },
      { column: 'message_id', order: 'desc' },
    ])
    .limit(limit + 1);
  const page = rows.slice(0, limit).map(summary);
  const last = page.at(-1);
  return {
    data: page,
    nextCursor:
      rows.length > limit && last ? encodeCursor({ acceptedAt: last.acceptedAt, messageId: last.id }) : null,
  };
}
