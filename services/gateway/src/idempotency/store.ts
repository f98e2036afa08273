import { isDuplicateKeyError, type Migration } from '@longcode/eventstore';
import type { Knex } from 'knex';
import { ABANDONED_AFTER_MS, IDEMPOTENCY_TTL_MS, type Recorded } from './decide.js';

/** Each account's idempotency keys with the request they were first used for and its answer. */
export const idempotencyMigration: Migration = {
  name: '1502_gateway_idempotency_keys',
  async up(db) {
    await db.schema.createTable('idempotency_keys', (t) => {
      t.specificType('account_id', 'char(36)').notNullable();
      t.string('idempotency_key', 255).notNullable();
      t.specificType('fingerprint', 'char(64)').notNullable();
      t.integer('status').nullable();
      t.specificType('response_body', 'mediumblob').nullable();
      t.string('content_type', 100).nullable();
      t.specificType('created_at', 'datetime(3)').notNullable();
      t.primary(['account_id', 'idempotency_key']);
      t.index(['created_at'], 'ix_idempotency_keys_created');
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('idempotency_keys');
  },
};

export interface StoredAnswer extends Recorded {
  body: Buffer | null;
  contentType: string | null;
}

export async function recordedUnder(
  db: Knex,
  accountId: string,
  key: string,
): Promise<StoredAnswer | undefined> {
  const row = await db('idempotency_keys').where({ account_id: accountId, idempotency_key: key }).first();
  if (!row) return undefined;
  return {
    fingerprint: row.fingerprint,
    status: row.status,
    createdAt: new Date(row.created_at),
    body: row.response_body ? Buffer.from(row.response_body) : null,
    contentType: row.content_type,
  };
}

/**
 * Claims the key for a request about to run; false if another request holds it (a concurrent one, or
 * one recorded before). A record past its 24 h, or a claim abandoned unanswered, is replaced.
 */
export async function claim(
  db: Knex,
  accountId: string,
  key: string,
  fingerprint: string,
  now: Date,
): Promise<boolean> {
  await db('idempotency_keys')
    .where({ account_id: accountId, idempotency_key: key })
    .andWhere((w) =>
      w
        .where('created_at', '<', new Date(now.getTime() - IDEMPOTENCY_TTL_MS))
        .orWhere((stale) =>
          stale.whereNull('status').andWhere('created_at', '<', new Date(now.getTime() - ABANDONED_AFTER_MS)),
        ),
    )
    .delete();
  try {
    await db('idempotency_keys').insert({
      account_id: accountId,
      idempotency_key: key,
      fingerprint,
      status: null,
      response_body: null,
      content_type: null,
      created_at: now,
    });
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

export async function saveAnswer(
  db: Knex,
  accountId: string,
  key: string,
  answer: { status: number; body: Buffer; contentType: string | null },
): Promise<void> {
  await db('idempotency_keys')
    .where({ account_id: accountId, idempotency_key: key })
    .update({ status: answer.status, response_body: answer.body, content_type: answer.contentType });
}

/** Lets the key be used again (the request failed on our side: trying again must be possible). */
export async function release(db: Knex, accountId: string, key: string): Promise<void> {
  await db('idempotency_keys')
    .where({ account_id: accountId, idempotency_key: key })
    .whereNull('status')
    .delete();
}
