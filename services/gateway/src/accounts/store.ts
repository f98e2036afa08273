import type { Migration } from '@longcode/eventstore';
import type { Knex } from 'knex';
import { uuidv7 } from 'uuidv7';
import { newSigningSecret } from '../callbacks/signing.js';

/** The partners: each account owns its API keys (and, in the services, its brands, numbers, messages). */
export const accountsMigration: Migration = {
  name: '1500_gateway_accounts',
  async up(db) {
    await db.schema.createTable('accounts', (t) => {
      t.specificType('account_id', 'char(36)').primary();
      t.string('name', 200).notNullable();
      t.specificType('created_at', 'datetime(3)').notNullable();
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('accounts');
  },
};

export interface Account {
  accountId: string;
  name: string;
  createdAt: string;
}

export async function createAccount(db: Knex, name: string, now: Date): Promise<Account> {
  const account = { account_id: uuidv7(), name, created_at: now, callback_secret: newSigningSecret() };
  await db('accounts').insert(account);
  return { accountId: account.account_id, name, createdAt: now.toISOString() };
}

export async function accountExists(db: Knex, accountId: string): Promise<boolean> {
  return (await db('accounts').where({ account_id: accountId }).first('account_id')) !== undefined;
}
