import type { Migration } from '@longcode/eventstore';
import type { Knex } from 'knex';
import { type ExistingMessage, FINAL_STATUSES, type MessageStatus } from './message.js';

/**
 * Each message's current state as a row, written in the transaction of the events that changed it: what
 * the scheduler picks due messages from (due_at, priority), what receipts are matched by (the provider's
 * id), and what lookups answer. Rebuildable from the event store. Sticky senders remember which number
 * texted a recipient for a campaign.
 */
export const messageRowsMigration: Migration = {
  name: '1301_dispatch_messages',
  async up(db) {
    await db.schema.createTable('messages', (t) => {
      t.string('message_id', 36).primary();
      t.string('account_id', 64).notNullable();
      t.string('campaign_id', 64).notNullable();
      t.string('brand_id', 64).notNullable();
      t.string('use_case', 64).notNullable();
      t.string('from_number', 16).notNullable();
      t.string('to_number', 16).notNullable();
      t.string('status', 16).notNullable();
      t.tinyint('priority').notNullable();
      t.specificType('due_at', 'datetime(3)').nullable();
      t.specificType('expires_at', 'datetime(3)').nullable();
      t.integer('attempts').notNullable();
      t.integer('segments').notNullable();
      t.string('encoding', 8).notNullable();
      t.string('provider_message_id', 128).nullable();
      t.string('error_code', 32).nullable();
      t.string('error_description', 512).nullable();
      t.string('reference', 128).nullable();
      t.specificType('accepted_at', 'datetime(3)').notNullable();
      t.specificType('updated_at', 'datetime(3)').notNullable();
      t.index(['due_at', 'priority'], 'ix_messages_due');
      t.unique(['provider_message_id'], { indexName: 'uq_messages_provider_id' });
      t.index(['account_id', 'accepted_at'], 'ix_messages_account');
    });
    await db.schema.createTable('sticky_senders', (t) => {
      t.string('campaign_id', 64).notNullable();
      t.string('recipient', 16).notNullable();
      t.string('sender', 16).notNullable();
      t.primary(['campaign_id', 'recipient']);
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('sticky_senders');
    await db.schema.dropTableIfExists('messages');
  },
};

/**
 * The scheduler claims due messages one priority at a time (submission/due.ts): on (priority, due_at)
 * each claim is a range read of just the rows it takes. On (due_at, priority) it had to read and sort
 * every due message to find the first few by priority, so a pass over 16 cost as much as the backlog.
 */
export const dueByPriorityMigration: Migration = {
  name: '1305_dispatch_messages_due_by_priority',
  async up(db) {
    await db.schema.alterTable('messages', (t) => {
      t.index(['priority', 'due_at'], 'ix_messages_priority_due');
      t.dropIndex(['due_at', 'priority'], 'ix_messages_due');
    });
  },
  async down(db) {
    await db.schema.alterTable('messages', (t) => {
      t.index(['due_at', 'priority'], 'ix_messages_due');
      t.dropIndex(['priority', 'due_at'], 'ix_messages_priority_due');
    });
  },
};

const waiting = (status: MessageStatus) => status === 'accepted' || status === 'queued';

export function messageRow(message: ExistingMessage) {
  return {
    message_id: message.messageId,
    account_id: message.accountId,
    campaign_id: message.campaignId,
    brand_id: message.brandId,
    use_case: message.useCase,
    from_number: message.from,
    to_number: message.to,
    status: message.status,
    priority: message.priority,
    due_at: waiting(message.status) ? message.notBefore : null,
    expires_at: message.expiresAt,
    attempts: message.attempts,
    segments: message.segments,
    encoding: message.encoding,
    provider_message_id: message.providerMessageId,
    error_code: message.errorCode,
    error_description: message.errorDescription,
    reference: message.reference,
    accepted_at: message.acceptedAt,
    updated_at: message.updatedAt,
  };
}

export async function saveMessages(trx: Knex.Transaction, messages: ExistingMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await trx('messages').insert(messages.map(messageRow)).onConflict('message_id').merge();
}

export async function rememberSenders(
  trx: Knex.Transaction,
  pairs: Array<{ campaignId: string; recipient: string; sender: string }>,
): Promise<void> {
  if (pairs.length === 0) return;
  await trx('sticky_senders')
    .insert(pairs.map((p) => ({ campaign_id: p.campaignId, recipient: p.recipient, sender: p.sender })))
    .onConflict(['campaign_id', 'recipient'])
    .merge(['sender']);
}

export const isFinal = (status: MessageStatus) => FINAL_STATUSES.has(status);
