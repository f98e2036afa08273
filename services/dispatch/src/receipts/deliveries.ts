import type { DeliveryReported } from '@longcode/contracts';
import type { BatchEventHandler, ConsumedEvent, EventStore, Migration } from '@longcode/eventstore';
import type { Knex } from 'knex';
import type { MessageCommand } from '../message/decide.js';
import { type LoadedMessage, loadMessage, runMessageCommand } from '../submission/message-commands.js';

/**
 * Delivery receipts (receipts.delivery.v1) move messages forward. A receipt is matched by our id when the
 * provider echoed it, else by the provider's message id; one that arrives before dispatch recorded the
 * provider's id (the webhook overtook the send's answer) is parked and applied when the id is recorded.
 */
export const parkedReceiptsMigration: Migration = {
  name: '1303_dispatch_parked_receipts',
  async up(db) {
    await db.schema.createTable('parked_receipts', (t) => {
      t.string('provider_message_id', 128).notNullable();
      t.string('provider_event_id', 191).notNullable();
      t.json('receipt').notNullable();
      t.specificType('parked_at', 'datetime(3)').notNullable();
      t.primary(['provider_message_id', 'provider_event_id']);
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('parked_receipts');
  },
};

const REPORTABLE = new Set(['sent', 'delivered', 'undelivered', 'failed']);

function reportOf(receipt: DeliveryReported): MessageCommand | null {
  if (!REPORTABLE.has(receipt.status)) return null;
  return {
    type: 'ReportStatus',
    data: {
      status: receipt.status as 'sent' | 'delivered' | 'undelivered' | 'failed',
      errorCode: receipt.errorCode,
      errorDescription: receipt.errorDescription,
      reportedAt: new Date(receipt.reportedAt),
    },
  };
}

/** Messages loaded in this transaction, so several receipts of one message in a batch build on each other. */
type Loaded = Map<string, LoadedMessage>;

async function applyReceipt(
  trx: Knex.Transaction,
  deps: { store: EventStore },
  loaded: Loaded,
  messageId: string,
  receipt: DeliveryReported,
  correlationId: string,
) {
  const command = reportOf(receipt);
  if (!command) return;
  const current = loaded.get(messageId) ?? (await loadMessage(deps.store, messageId, trx));
  if (!current) return;
  loaded.set(messageId, await runMessageCommand(deps, current, command, { correlationId }, trx));
}

export function createDeliveryHandler(deps: { store: EventStore }): BatchEventHandler {
  return async (events: ConsumedEvent[], trx) => {
    const loaded: Loaded = new Map();
    for (const event of events) {
      if (event.type !== 'longcode.receipts.DeliveryReported') continue;
      const receipt = event.data as DeliveryReported;
      const row = receipt.messageId
        ? await trx('messages').where({ message_id: receipt.messageId }).first('message_id')
        : await trx('messages').where({ provider_message_id: receipt.providerMessageId }).first('message_id');
      if (!row) {
        await trx('parked_receipts')
          .insert({
            provider_message_id: receipt.providerMessageId,
            provider_event_id: receipt.providerEventId,
            receipt: JSON.stringify(receipt),
            parked_at: new Date(),
          })
          .onConflict(['provider_message_id', 'provider_event_id'])
          .ignore();
        continue;
      }
      await applyReceipt(trx, deps, loaded, row.message_id, receipt, event.correlationId);
    }
  };
}

/** Applies the receipts that waited for this provider id, now that the message has it. */
export async function applyParkedReceipts(
  trx: Knex.Transaction,
  deps: { store: EventStore },
  messageId: string,
  providerMessageId: string,
  meta: { correlationId: string },
) {
  const parked = await trx('parked_receipts')
    .where({ provider_message_id: providerMessageId })
    .orderBy('parked_at');
  const loaded: Loaded = new Map();
  for (const row of parked) {
    const receipt = (
      typeof row.receipt === 'string' ? JSON.parse(row.receipt) : row.receipt
    ) as DeliveryReported;
    await applyReceipt(trx, deps, loaded, messageId, receipt, meta.correlationId);
  }
  if (parked.length > 0)
    await trx('parked_receipts').where({ provider_message_id: providerMessageId }).delete();
}
