import type { Migration } from '@longcode/eventstore';
import type { Knex } from 'knex';
import { uuidv7 } from 'uuidv7';
import { issueKey } from './secret.js';

/** API keys: the prefix in clear, the secret only as its hash; scopes, limits, expiry, revocation, use. */
export const apiKeysMigration: Migration = {
  name: '1501_gateway_api_keys',
  async up(db) {
    await db.schema.createTable('api_keys', (t) => {
      t.specificType('key_id', 'char(36)').primary();
      t.specificType('account_id', 'char(36)').notNullable();
      t.string('name', 200).notNullable();
      t.string('prefix', 12).notNullable().unique('uq_api_keys_prefix');
      t.specificType('secret_hash', 'char(64)').notNullable();
      t.json('scopes').notNullable();
      t.integer('limit_per_minute').nullable();
      t.integer('limit_per_hour').nullable();
      t.specificType('expires_at', 'datetime(3)').nullable();
      t.specificType('revoked_at', 'datetime(3)').nullable();
      t.specificType('created_at', 'datetime(3)').notNullable();
      t.specificType('last_used_at', 'datetime(3)').nullable();
      t.string('last_used_ip', 64).nullable();
      t.bigInteger('usage_count').notNullable().defaultTo(0);
      t.index(['account_id', 'created_at'], 'ix_api_keys_account');
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('api_keys');
  },
};

export interface ApiKey {
  id: string;
  accountId: string;
  name: string;
  prefix: string;
  scopes: string[];
  limitPerMinute: number | null;
  limitPerHour: number | null;
  expiresAt: string | null;
  revokedAt: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  lastUsedIp: string | null;
  usageCount: number;
}

export interface StoredKey extends ApiKey {
  secretHash: string;
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

// biome-ignore lint/suspicious/noExplicitAny: a database row
const toKey = (row: any): StoredKey => ({
  id: row.key_id,
  accountId: row.account_id,
  name: row.name,
  prefix: row.prefix,
  secretHash: row.secret_hash,
  scopes: typeof row.scopes === 'string' ? JSON.parse(row.scopes) : row.scopes,
  limitPerMinute: row.limit_per_minute,
  limitPerHour: row.limit_per_hour,
  expiresAt: iso(row.expires_at),
  revokedAt: iso(row.revoked_at),
  createdAt: iso(row.created_at) ?? '',
  lastUsedAt: iso(row.last_used_at),
  lastUsedIp: row.last_used_ip,
  usageCount: Number(row.usage_count),
});

/** A key as its owner may see it: never its hash. */
export const publicKey = ({ secretHash: _, ...key }: StoredKey): ApiKey => key;

export interface NewKey {
  name: string;
  scopes: string[];
  limitPerMinute?: number | null;
  limitPerHour?: number | null;
  expiresAt?: string | null;
}

/** Creates a key; the answer holds the whole key, which is never shown again. */
export async function createKey(
  db: Knex,
  accountId: string,
  input: NewKey,
  now: Date,
): Promise<ApiKey & { key: string }> {
  const issued = issueKey();
  const row = {
    key_id: uuidv7(),
    account_id: accountId,
    name: input.name,
    prefix: issued.prefix,
    secret_hash: issued.hash,
    scopes: JSON.stringify(input.scopes),
    limit_per_minute: input.limitPerMinute ?? null,
    limit_per_hour: input.limitPerHour ?? null,
    expires_at: input.expiresAt ? new Date(input.expiresAt) : null,
    revoked_at: null,
    created_at: now,
    last_used_at: null,
    last_used_ip: null,
    usage_count: 0,
  };
  await db('api_keys').insert(row);
  return { ...publicKey(toKey(row)), key: issued.key };
}

export async function keyByPrefix(db: Knex, prefix: string): Promise<StoredKey | undefined> {
  const row = await db('api_keys').where({ prefix }).first();
  return row ? toKey(row) : undefined;
}

export async function keysOf(db: Knex, accountId: string): Promise<ApiKey[]> {
  const rows = await db('api_keys').where({ account_id: accountId }).orderBy('created_at', 'desc');
  return rows.map((row) => publicKey(toKey(row)));
}

/** Revokes an account's key; false when the account has no such key. Revoking twice keeps the first time. */
export async function revokeKey(
  db: Knex,
  accountId: string,
  keyId: string,
  now: Date,
): Promise<ApiKey | null> {
  await db('api_keys')
    .where({ account_id: accountId, key_id: keyId })
    .whereNull('revoked_at')
    .update({ revoked_at: now });
  const row = await db('api_keys').where({ account_id: accountId, key_id: keyId }).first();
  return row ? publicKey(toKey(row)) : null;
}

/** Adds uses to keys (gathered in memory, written a few times a second rather than once a request). */
export async function recordUses(
  db: Knex,
  uses: ReadonlyArray<{ keyId: string; count: number; at: Date; ip: string }>,
): Promise<void> {
  for (const use of uses) {
    await db('api_keys')
      .where({ key_id: use.keyId })
      .update({
        usage_count: db.raw('usage_count + ?', [use.count]),
        last_used_at: use.at,
        last_used_ip: use.ip,
      });
  }
}
