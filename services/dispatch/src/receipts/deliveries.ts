import type { DeliveryReported } from '@longcode/contracts';
import type { BatchEventHandler, ConsumedEvent, EventStore, Migration } from '@longcode/eventstore';
import type { Knex } from 'knex';
import type { MessageCommand } from '../message/decide.js';
import { type MessageWork, messageWork } from '../message/work.js';

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

type Receipt = { receipt: DeliveryReported; correlationId: string };

/** Receipts (receipts.delivery.v1) in a batch: matched, applied to their messages together, or parked. */
export function createDeliveryHandler(deps: { store: EventStore; now?: () => Date }): BatchEventHandler {
  const now = deps.now ?? (() => new Date());
  return async (events: ConsumedEvent[], trx) => {
    const receipts: Receipt[] = events
      .filter((event) => event.type === 'longcode.receipts.DeliveryReported')
      .map((event) => ({ receipt: event.data as DeliveryReported, correlationId: event.correlationId }));
    if (receipts.length === 0) return;
    const ourIds = receipts.flatMap(({ receipt }) => (receipt.messageId ? [receipt.messageId] : []));
    const theirIds = receipts.flatMap(({ receipt }) =>
      receipt.messageId ? [] : [receipt.providerMessageId],
    );
    const known = new Set<string>(
      ourIds.length === 0
        ? []
        : (await trx('messages').whereIn('message_id', ourIds).select('message_id')).map((r) => r.message_id),
    );
    const byProviderId = new Map<string, string>(
      theirIds.length === 0
        ? []
        : (
            await trx('messages')
              .whereIn('provider_message_id', theirIds)
              .select('message_id', 'provider_message_id')
          ).map((r) => [r.provider_message_id, r.message_id]),
    );
    const messageIdOf = ({ receipt }: Receipt) =>
      receipt.messageId
        ? known.has(receipt.messageId)
          ? receipt.messageId
          : undefined
        : byProviderId.get(receipt.providerMessageId);

    const work = messageWork(deps.store, trx, now);
    await work.load([...known, ...byProviderId.values()]);
    const parked = [];
    for (const item of receipts) {
      const messageId = messageIdOf(item);
      if (!messageId) {
        parked.push({
          provider_message_id: item.receipt.providerMessageId,
          provider_event_id: item.receipt.providerEventId,
          receipt: JSON.stringify(item.receipt),
          parked_at: now(),
        });
        continue;
      }
      const command = reportOf(item.receipt);
      if (command) work.run(messageId, command, item.correlationId);
    }
    if (parked.length > 0) {
      await trx('parked_receipts')
        .insert(parked)
        .onConflict(['provider_message_id', 'provider_event_id'])
        .ignore();
    }
    await work.save();
  };
}

/**
 * Applies the receipts that waited for these messages' provider ids, now that they have them (in `work`,
 * which the caller saves), and forgets them.
 */
export async function applyParkedReceipts(
  trx: Knex.Transaction,
  work: MessageWork,
  matched: ReadonlyArray<{ messageId: string; providerMessageId: string }>,
  correlationId: string,
) {
  if (matched.length === 0) return;
  const messageOf = new Map(matched.map((m) => [m.providerMessageId, m.messageId]));
  const parked = await trx('parked_receipts')
    .whereIn('provider_message_id', [...messageOf.keys()])
    .orderBy('parked_at');
  for (const row of parked) {
    const receipt = (
      typeof row.receipt === 'string' ? JSON.parse(row.receipt) : row.receipt
    ) as DeliveryReported;
    const command = reportOf(receipt);
    const messageId = messageOf.get(row.provider_message_id);
    if (command && messageId) work.run(messageId, command, correlationId);
  }
  if (parked.length > 0)
    await trx('parked_receipts')
      .whereIn('provider_message_id', [...messageOf.keys()])
      .delete();
}
