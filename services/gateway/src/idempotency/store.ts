import { deleteInBatches, isDuplicateKeyError, type Migration } from '@longcode/eventstore';
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

/**
 * A key belongs to the credential that used it (an API key, or a signed-in user), not to the whole
 * account: another key of the account, perhaps with fewer scopes, must not be handed the first one's
 * stored answer.
 */
export const idempotencyByCredentialMigration: Migration = {
  name: '1506_gateway_idempotency_by_credential',
  async up(db) {
    await db.raw(
      "ALTER TABLE idempotency_keys ADD COLUMN credential_id varchar(64) NOT NULL DEFAULT '', " +
        'DROP PRIMARY KEY, ADD PRIMARY KEY (account_id, credential_id, idempotency_key)',
    );
  },
  async down(db) {
    await db.raw(
      'ALTER TABLE idempotency_keys DROP PRIMARY KEY, DROP COLUMN credential_id, ' +
        'ADD PRIMARY KEY (account_id, idempotency_key)',
    );
  },
};

/** Whose key it is: the account, and the credential within it. */
export interface KeyOwner {
  accountId: string;
  credentialId: string;
}

const where = (owner: KeyOwner, key: string) => ({
  account_id: owner.accountId,
  credential_id: owner.credentialId,
  idempotency_key: key,
});

export interface StoredAnswer extends Recorded {
  body: Buffer | null;
  contentType: string | null;
}

export async function recordedUnder(
  db: Knex,
  owner: KeyOwner,
  key: string,
): Promise<StoredAnswer | undefined> {
  const row = await db('idempotency_keys').where(where(owner, key)).first();
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
  owner: KeyOwner,
  key: string,
  fingerprint: string,
  now: Date,
): Promise<boolean> {
  await db('idempotency_keys')
    .where(where(owner, key))
    .andWhere((w) =>
      w
        .where('created_at', '<=', new Date(now.getTime() - IDEMPOTENCY_TTL_MS))
        .orWhere((stale) =>
          stale.whereNull('status').andWhere('created_at', '<', new Date(now.getTime() - ABANDONED_AFTER_MS)),
        ),
    )
    .delete();
  try {
    await db('idempotency_keys').insert({
      ...where(owner, key),
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
  owner: KeyOwner,
  key: string,
  answer: { status: number; body: Buffer; contentType: string | null },
): Promise<void> {
  await db('idempotency_keys')
    .where(where(owner, key))
    .update({ status: answer.status, response_body: answer.body, content_type: answer.contentType });
}

/**
 * Deletes the records past their 24 h, `batch` rows a statement (each a short lock): a key is kept while
 * it can be replayed and no longer, stored answer included. How many were deleted.
 */
export async function purgeExpired(db: Knex, now: Date, batch = 1_000): Promise<number> {
  // A record is past its 24 h from the instant it is 24 h old, as decide.ts has it.
  const latest = new Date(now.getTime() - IDEMPOTENCY_TTL_MS);
  return deleteInBatches(() => db('idempotency_keys').where('created_at', '<=', latest), batch);
}

/** Lets the key be used again (the request failed on our side: trying again must be possible). */
export async function release(db: Knex, owner: KeyOwner, key: string): Promise<void> {
  await db('idempotency_keys').where(where(owner, key)).whereNull('status').delete();
}
