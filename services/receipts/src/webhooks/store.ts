import { indexMigration, type Migration } from '@longcode/eventstore';
import type { ProviderWebhook } from '@longcode/providers';
import type { Knex } from 'knex';

/**
 * Every webhook as it arrived — headers, URL and raw body, byte for byte (of a refused one, its first
 * 16 KiB, for 30 days) — and the provider event ids already recorded, so a notification delivered twice
 * is published once.
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

/** firstSightings reads back a batch's sightings by webhook id. */
export const seenByWebhookMigration: Migration = {
  name: '1401_receipts_seen_by_webhook',
  async up(db) {
    await db.schema.alterTable('seen_notifications', (t) => {
      t.index(['webhook_id'], 'ix_seen_notifications_webhook');
    });
  },
  async down(db) {
    await db.schema.alterTable('seen_notifications', (t) => {
      t.dropIndex(['webhook_id'], 'ix_seen_notifications_webhook');
    });
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

export async function storeWebhooks(trx: Knex.Transaction, webhooks: StoredWebhook[]): Promise<void> {
  if (webhooks.length === 0) return;
  await trx('provider_webhooks').insert(
    webhooks.map((w) => ({
      webhook_id: w.webhookId,
      provider: w.provider,
      received_at: w.webhook.receivedAt,
      url: w.webhook.url,
      headers: JSON.stringify(w.webhook.headers),
      raw_body: w.webhook.rawBody,
      verified: w.verified,
      rejection: w.rejection,
      notifications: w.notifications,
    })),
  );
}

/** How a notification's first sighting is named in firstSightings' answer. */
export const sighting = (provider: string, providerEventId: string, webhookId: string) =>
  `${provider}|${providerEventId}|${webhookId}`;

/**
 * Marks provider event ids as seen, and answers which of these sightings were the first (named by
 * `sighting`): an id seen before — earlier, or earlier in the same list — is a redelivery.
 */
export async function firstSightings(
  trx: Knex.Transaction,
  sightings: Array<{ provider: string; providerEventId: string; webhookId: string }>,
): Promise<Set<string>> {
  if (sightings.length === 0) return new Set();
  await trx('seen_notifications')
    .insert(
      sightings.map((s) => ({
        provider: s.provider,
        provider_event_id: s.providerEventId,
        webhook_id: s.webhookId,
      })),
    )
    .onConflict()
    .ignore();
  const rows: Array<{ provider: string; provider_event_id: string; webhook_id: string }> = await trx(
    'seen_notifications',
  )
    .whereIn('webhook_id', [...new Set(sightings.map((s) => s.webhookId))])
    .select('provider', 'provider_event_id', 'webhook_id');
  return new Set(rows.map((row) => sighting(row.provider, row.provider_event_id, row.webhook_id)));
}

/** Refused webhooks are deleted after a while (record.ts forgetRejected); the verified stay. */
export const rejectedByAgeMigration = indexMigration('1402_receipts_rejected_by_age', [
  ['provider_webhooks', ['verified', 'received_at'], 'ix_provider_webhooks_verified'],
]);

/** The receipts database's tables, in order. */
export const receiptsMigrations = [webhookStoreMigration, seenByWebhookMigration, rejectedByAgeMigration];
