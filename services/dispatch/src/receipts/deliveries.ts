import type { DeliveryReported } from '@longcode/contracts';
import { messageStream } from '@longcode/contracts';
import {
  type BatchEventHandler,
  type ConsumedEvent,
  type EventStore,
  handleCommandAndProject,
  type Migration,
} from '@longcode/eventstore';
import type { Knex } from 'knex';
import type { MessageCommand } from '../message/decide.js';
import { messageDecider } from '../message/decider.js';
import { saveMessages } from '../message/rows.js';

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

async function applyReceipt(
  trx: Knex.Transaction,
  deps: { db: Knex; store: EventStore },
  messageId: string,
  receipt: DeliveryReported,
  meta: { accountId: string; correlationId: string; causationId: string | null },
) {
  const command = reportOf(receipt);
  if (!command) return;
  await handleCommandAndProject(
    deps.db,
    deps.store,
    messageStream(messageId),
    messageDecider,
    command,
    meta,
    (t, state) => saveMessages(t, state.exists ? [state] : []),
    trx,
  );
}

export function createDeliveryHandler(deps: { db: Knex; store: EventStore }): BatchEventHandler {
  return async (events: ConsumedEvent[], trx) => {
    for (const event of events) {
      if (event.type !== 'longcode.receipts.DeliveryReported') continue;
      const receipt = event.data as DeliveryReported;
      const row = receipt.messageId
        ? await trx('messages').where({ message_id: receipt.messageId }).first('message_id', 'account_id')
        : await trx('messages').where({ provider_message_id: receipt.providerMessageId }).first('message_id', 'account_id');
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
      const meta = { accountId: row.account_id, correlationId: event.correlationId, causationId: event.eventId };
      await applyReceipt(trx, deps, row.message_id, receipt, meta);
    }
  };
}

/** Applies the receipts that waited for this provider id, now that the message has it. */
export async function applyParkedReceipts(
  trx: Knex.Transaction,
  deps: { db: Knex; store: EventStore },
  messageId: string,
  providerMessageId: string,
  meta: { accountId: string; correlationId: string },
) {
  const parked = await trx('parked_receipts').where({ provider_message_id: providerMessageId }).orderBy('parked_at');
  for (const row of parked) {
    const receipt = (typeof row.receipt === 'string' ? JSON.parse(row.receipt) : row.receipt) as DeliveryReported;
    await applyReceipt(trx, deps, messageId, receipt, { ...meta, causationId: null });
  }
  if (parked.length > 0) await trx('parked_receipts').where({ provider_message_id: providerMessageId }).delete();
}
