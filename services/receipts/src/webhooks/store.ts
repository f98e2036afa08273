import { isDuplicateKeyError, type Migration } from '@longcode/eventstore';
import type { ProviderWebhook } from '@longcode/providers';
import type { Knex } from 'knex';

/**
 * Every webhook as it arrived — headers, URL and raw body, byte for byte, verified or not — and the
 * provider event ids already recorded, so a notification delivered twice is published once.
 */
export const webhookStoreMigration: Migration = {
  name: '1400_receipts_webhooks',
  async up(db) {
    await db.schema.createTable('provider_webhooks', (t) => {
      t.specificType('webhook_id', 'char(36)').primary();
      t.string('provider', 32).notNullable();
      t.specificType('received_at', 'datetime(3)').notNullable();
      t.text('url').notNullable();
      t.json('headers').notNullable();
      t.specificType('raw_body', 'longblob').notNullable();
      t.boolean('verified').notNullable();
      t.text('rejection').nullable();
      t.integer('notifications').notNullable();
      t.index(['provider', 'received_at'], 'ix_provider_webhooks_received');
    });
    await db.schema.createTable('seen_notifications', (t) => {
      t.string('provider', 32).notNullable();
      t.string('provider_event_id', 191).notNullable();
      t.specificType('webhook_id', 'char(36)').notNullable();
      t.primary(['provider', 'provider_event_id']);
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('seen_notifications');
    await db.schema.dropTableIfExists('provider_webhooks');
  },
};

export interface StoredWebhook {
  webhookId: string;
  provider: string;
  webhook: ProviderWebhook;
  verified: boolean;
  rejection: string | null;
  notifications: number;
}

export async function storeWebhook(trx: Knex.Transaction, w: StoredWebhook): Promise<void> {
  await trx('provider_webhooks').insert({
    webhook_id: w.webhookId,
    provider: w.provider,
    received_at: w.webhook.receivedAt,
    url: w.webhook.url,
    headers: JSON.stringify(w.webhook.headers),
    raw_body: w.webhook.rawBody,
    verified: w.verified,
    rejection: w.rejection,
    notifications: w.notifications,
  });
}

/** True the first time this provider event id is seen; false for a redelivery. */
export async function firstSighting(
  trx: Knex.Transaction,
  provider: string,
  providerEventId: string,
  webhookId: string,
): Promise<boolean> {
  try {
    await trx('seen_notifications').insert({
      provider,
      provider_event_id: providerEventId,
      webhook_id: webhookId,
    });
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}
