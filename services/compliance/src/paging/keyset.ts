import { ValidationError } from '@longcode/kit';
import type { Knex } from 'knex';

/** Where a newest-first page ended: the last item's time and id (the id breaks ties). */
export interface Position {
  at: Date;
  id: string;
}

export const encodeCursor = (p: Position) =>
  Buffer.from(JSON.stringify([p.at.toISOString(), p.id])).toString('base64url');

export function decodeCursor(cursor: string): Position {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof at === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(at))) {
      return { at: new Date(at), id };
    }
  } catch {
    // answered below
  }
  throw new ValidationError([{ field: 'query.cursor', message: 'is not a cursor this API gave' }]);
}

/**
 * An instant a query or body gave (already checked as RFC 3339 date-time), within what the database
 * keeps (years 1000 to 9999).
 */
export function instantOf(value: string, field: string): Date {
  const at = new Date(value);
  const year = at.getUTCFullYear();
  if (Number.isNaN(at.getTime()) || year < 1000 || year > 9999) {
    throw new ValidationError([{ field, message: 'must be a date-time between the years 1000 and 9999' }]);
  }
  return at;
}

/**
 * One newest-first page of `query` (keyset pagination on `columns.at` then `columns.id`: stable while new
 * rows arrive); `nextCursor` continues after the page's last row, null on the last page.
 */
export async function pageOf<Row>(
  query: Knex.QueryBuilder,
  columns: { at: string; id: string },
  page: { limit?: number; cursor?: string },
  positionOf: (row: Row) => Position,
): Promise<{ rows: Row[]; nextCursor: string | null }> {
  const limit = page.limit ?? 50;
  if (page.cursor) {
    const after = decodeCursor(page.cursor);
    query.andWhere((w) =>
      w
        .where(columns.at, '<', after.at)
        .orWhere((same) => same.where(columns.at, after.at).andWhere(columns.id, '<', after.id)),
    );
  }
  const found: Row[] = await query
    .orderBy([
      { column: columns.at, order: 'desc' },
      { column: columns.id, order: 'desc' },
    ])
    .limit(limit + 1);
  const rows = found.slice(0, limit);
  const last = rows.at(-1);
  return { rows, nextCursor: found.length > limit && last ? encodeCursor(positionOf(last)) : null };
}
