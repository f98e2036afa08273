import type { InboundReceived } from '@longcode/contracts';
import type { Migration } from '@longcode/eventstore';
import type { Knex } from 'knex';
import type { NumberContext } from '../directory/directory.js';
import type { InboundClassification } from '../keywords/index.js';

/**
 * The inbound messages of each account: every text a person sent to one of its numbers, with the
 * campaign the number texted for when it came and what compliance made of it. Written by the inbound
 * consumer in the transaction that reads the message (with its inbox row), so it is recorded once, and
 * exactly as the keyword decision that was acted on.
 */
export const inboundMessagesMigration: Migration = {
  name: '1510_compliance_inbound_messages',
  async up(db) {
    await db.schema.createTable('inbound_messages', (t) => {
      /** The InboundReceived event's id (UUID v7). */
      t.specificType('id', 'char(36)').primary();
      t.string('account_id', 64).notNullable();
      t.string('provider', 32).notNullable();
      t.string('provider_message_id', 128).notNullable();
      t.string('from_number', 16).notNullable();
      t.string('to_number', 16).notNullable();
      t.text('text').notNullable();
      t.json('media_urls').notNullable();
      t.specificType('received_at', 'datetime(3)').notNullable();
      t.string('campaign_id', 64).nullable();
      t.string('brand_id', 64).nullable();
      t.string('kind', 16).notNullable();
      t.string('keyword', 191).nullable();
      t.string('how', 16).nullable();
      t.unique(['provider', 'provider_message_id'], { indexName: 'uq_inbound_provider_message' });
      t.index(['account_id', 'received_at', 'id'], 'ix_inbound_account_received');
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('inbound_messages');
  },
};

export interface ReceivedInbound {
  id: string;
  message: InboundReceived;
  context: NumberContext;
  found: InboundClassification;
}

/** Records an inbound message of an account's number; the same provider message again changes nothing. */
export async function recordInbound(trx: Knex.Transaction, { id, message, context, found }: ReceivedInbound) {
  await trx('inbound_messages')
    .insert({
      id,
      account_id: context.accountId,
      provider: message.provider,
      provider_message_id: message.providerMessageId,
      from_number: message.from,
      to_number: message.to,
      text: message.text,
      media_urls: JSON.stringify(message.mediaUrls),
      received_at: new Date(message.receivedAt),
      campaign_id: context.campaign?.campaignId ?? null,
      brand_id: context.campaign?.brandId ?? null,
      kind: found.kind,
      keyword: found.keyword?.slice(0, 191) ?? null,
      how: found.how,
    })
    .onConflict()
    .ignore();
}
