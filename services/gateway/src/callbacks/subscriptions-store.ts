import type { Migration } from '@longcode/eventstore';
import type { Knex } from 'knex';
import { uuidv7 } from 'uuidv7';
import { newSigningSecret } from './signing.js';

/** What a partner can subscribe to. */
export const EVENT_TYPES = [
  'message.status',
  'message.inbound',
  'opt-out.changed',
  'campaign.status',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * Webhook subscriptions: an account's endpoints, each for some event types, each with its own signing
 * secret; their deliveries share the callback delivery log (and its retries and replay). The gateway
 * also learns which account owns each number, to route inbound messages.
 */
export const subscriptionsMigration: Migration = {
  name: '1505_gateway_webhook_subscriptions',
  async up(db) {
    await db.schema.createTable('webhook_subscriptions', (t) => {
      t.specificType('subscription_id', 'char(36)').primary();
      t.string('account_id', 64).notNullable();
      t.string('url', 2048).notNullable();
      t.json('event_types').notNullable();
      t.string('secret', 64).notNullable();
      t.string('description', 200).nullable();
      t.boolean('is_active').notNullable().defaultTo(true);
      t.specificType('created_at', 'datetime(3)').notNullable();
      t.specificType('updated_at', 'datetime(3)').notNullable();
      t.index(['account_id', 'is_active'], 'ix_webhook_subscriptions_account');
    });
    await db.schema.alterTable('callback_deliveries', (t) => {
      t.specificType('subscription_id', 'char(36)').nullable();
      t.string('event_type', 40).notNullable().defaultTo('message.status');
      t.specificType('message_id', 'char(36)').nullable().alter();
      t.index(['account_id', 'subscription_id'], 'ix_callback_deliveries_subscription');
    });
    await db.schema.createTable('number_owners', (t) => {
      t.string('phone_number', 16).primary();
      t.string('account_id', 64).notNullable();
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('number_owners');
    await db.schema.alterTable('callback_deliveries', (t) => {
      t.dropIndex(['account_id', 'subscription_id'], 'ix_callback_deliveries_subscription');
      t.dropColumn('subscription_id');
      t.dropColumn('event_type');
    });
    await db.schema.dropTableIfExists('webhook_subscriptions');
  },
};

export interface Subscription {
  id: string;
  url: string;
  eventTypes: EventType[];
  description: string | null;
  isActive: boolean;
  createdAt: string;
  updatedAt: string;
  /** Only in the answer that created it (and on asking for it by id). */
  secret?: string;
}

const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

// biome-ignore lint/suspicious/noExplicitAny: a database row
export const toSubscription = (row: any, withSecret = false): Subscription => ({
  id: row.subscription_id,
  url: row.url,
  eventTypes: json<EventType[]>(row.event_types),
  description: row.description,
  isActive: Boolean(row.is_active),
  createdAt: new Date(row.created_at).toISOString(),
  updatedAt: new Date(row.updated_at).toISOString(),
  ...(withSecret ? { secret: row.secret } : {}),
});

export interface SubscriptionInput {
  url: string;
  eventTypes: EventType[];
  description?: string | null;
  isActive?: boolean;
}

export async function createSubscription(db: Knex, accountId: string, input: SubscriptionInput, now: Date) {
  const row = {
    subscription_id: uuidv7(),
    account_id: accountId,
    url: input.url,
    event_types: JSON.stringify(input.eventTypes),
    secret: newSigningSecret(),
    description: input.description ?? null,
    is_active: input.isActive ?? true,
    created_at: now,
    updated_at: now,
  };
  await db('webhook_subscriptions').insert(row);
  return toSubscription(row, true);
}

export async function subscriptionRow(db: Knex, accountId: string, id: string) {
  return db('webhook_subscriptions').where({ account_id: accountId, subscription_id: id }).first();
}

export async function updateSubscription(
  db: Knex,
  accountId: string,
  id: string,
  change: Partial<SubscriptionInput> & { rotateSecret?: boolean },
  now: Date,
): Promise<boolean> {
  const updated = await db('webhook_subscriptions')
    .where({ account_id: accountId, subscription_id: id })
    .update({
      ...(change.url !== undefined ? { url: change.url } : {}),
      ...(change.eventTypes !== undefined ? { event_types: JSON.stringify(change.eventTypes) } : {}),
      ...(change.description !== undefined ? { description: change.description } : {}),
      ...(change.isActive !== undefined ? { is_active: change.isActive } : {}),
      ...(change.rotateSecret ? { secret: newSigningSecret() } : {}),
      updated_at: now,
    });
  return updated > 0;
}

/** Deletes a subscription; its deliveries not yet made are given up (they stay in the log). */
export async function deleteSubscription(
  db: Knex,
  accountId: string,
  id: string,
  now: Date,
): Promise<boolean> {
  return db.transaction(async (trx) => {
    const deleted = await trx('webhook_subscriptions')
      .where({ account_id: accountId, subscription_id: id })
      .delete();
    if (deleted === 0) return false;
    await trx('callback_deliveries')
      .where({ subscription_id: id, status: 'pending' })
      .update({
        status: 'failed',
        next_attempt_at: null,
        last_error: `subscription deleted at ${now.toISOString()}`,
      });
    return true;
  });
}
