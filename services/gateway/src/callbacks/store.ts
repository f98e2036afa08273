import { type Database, deleteInBatches, indexMigration, type Migration } from '@longcode/eventstore';

/**
 * Status callbacks: where each message's statuses go (the URL given when it was sent), and every
 * delivery with its attempts — the delivery log partners read and replay from.
 */
export const callbacksMigration: Migration = {
  name: '1503_gateway_callbacks',
  async up(db) {
    await db.schema.alterTable('accounts', (t) => {
      t.string('callback_secret', 64).nullable();
    });
    await db.schema.createTable('callback_targets', (t) => {
      t.specificType('message_id', 'char(36)').primary();
      t.string('account_id', 64).notNullable();
      t.string('url', 2048).notNullable();
      t.string('from_number', 16).notNullable();
      t.string('to_number', 16).notNullable();
    });
    await db.schema.createTable('callback_deliveries', (t) => {
      t.specificType('delivery_id', 'char(36)').primary();
      t.string('account_id', 64).notNullable();
      t.specificType('message_id', 'char(36)').notNullable();
      t.string('url', 2048).notNullable();
      t.json('payload').notNullable();
      t.string('status', 16).notNullable();
      t.integer('attempts').notNullable();
      t.specificType('next_attempt_at', 'datetime(3)').nullable();
      t.integer('last_status_code').nullable();
      t.string('last_error', 500).nullable();
      t.specificType('created_at', 'datetime(3)').notNullable();
      t.specificType('delivered_at', 'datetime(3)').nullable();
      t.index(['status', 'next_attempt_at'], 'ix_callback_deliveries_due');
      t.index(['account_id', 'message_id'], 'ix_callback_deliveries_message');
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('callback_deliveries');
    await db.schema.dropTableIfExists('callback_targets');
    await db.schema.alterTable('accounts', (t) => {
      t.dropColumn('callback_secret');
    });
  },
};

/** The delivery log keeps a delivery this long after it was made, once it is delivered or has failed. */
export const DELIVERIES_KEPT_MS = 30 * 24 * 3_600_000;

export const deliveriesByAgeMigration = indexMigration('1510_gateway_callback_deliveries_by_age', [
  ['callback_deliveries', ['created_at'], 'ix_callback_deliveries_created'],
]);

/** Deletes the deliveries made over DELIVERIES_KEPT_MS ago that are over (delivered or failed); how many. */
export function forgetOldDeliveries(db: Database, now: Date, batch = 1_000): Promise<number> {
  const latest = new Date(now.getTime() - DELIVERIES_KEPT_MS);
  return deleteInBatches(
    () =>
      db('callback_deliveries')
        .whereIn('status', ['delivered', 'failed'])
        .andWhere('created_at', '<=', latest),
    batch,
  );
}

export interface Delivery {
  id: string;
  eventType: string;
  /** The subscription it is for; null for a message's own status callback. */
  subscriptionId: string | null;
  messageId: string | null;
  url: string;
  payload: unknown;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

// biome-ignore lint/suspicious/noExplicitAny: a database row
export const toDelivery = (row: any): Delivery => ({
  id: row.delivery_id,
  eventType: row.event_type,
  subscriptionId: row.subscription_id,
  messageId: row.message_id,
  url: row.url,
  payload: typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload,
  status: row.status,
  attempts: row.attempts,
  nextAttemptAt: iso(row.next_attempt_at),
  lastStatusCode: row.last_status_code,
  lastError: row.last_error,
  createdAt: iso(row.created_at) ?? '',
  deliveredAt: iso(row.delivered_at),
});
