import type { MessageAccepted } from '@longcode/contracts';
import type { BatchEventHandler, ConsumedEvent } from '@longcode/eventstore';
import type { Knex } from 'knex';
import { uuidv7 } from 'uuidv7';
import { notificationOf, statusOf } from './notifications.js';
import { toSubscription } from './subscriptions-store.js';

const deliveryRow = (
  deliveryId: string,
  target: { account_id: string; url: string },
  payload: unknown,
  extra: { message_id: string | null; subscription_id: string | null; event_type: string },
) => ({
  delivery_id: deliveryId,
  account_id: target.account_id,
  url: target.url,
  payload: JSON.stringify(payload),
  status: 'pending',
  attempts: 0,
  next_attempt_at: new Date(),
  last_status_code: null,
  last_error: null,
  created_at: new Date(),
  delivered_at: null,
  ...extra,
});

/** A message's own status callback: the URL given when it was sent, signed with the account's secret. */
async function statusCallbacks(events: readonly ConsumedEvent[], trx: Knex.Transaction) {
  const targets = events.flatMap((event) => {
    if (event.type !== 'longcode.dispatch.MessageAccepted') return [];
    const accepted = event.data as MessageAccepted;
    if (!accepted.statusCallbackUrl) return [];
    return [
      {
        message_id: accepted.messageId,
        account_id: event.accountId,
        url: accepted.statusCallbackUrl,
        from_number: accepted.from,
        to_number: accepted.to,
      },
    ];
  });
  if (targets.length > 0) await trx('callback_targets').insert(targets).onConflict('message_id').ignore();

  const reached = events.flatMap((event) => {
    const status = statusOf(event);
    return status ? [{ event, status, messageId: (event.data as { messageId: string }).messageId }] : [];
  });
  if (reached.length === 0) return [];
  const targetOf = new Map<
    string,
    { account_id: string; url: string; from_number: string; to_number: string }
  >(
    (await trx('callback_targets').whereIn('message_id', [...new Set(reached.map((r) => r.messageId))])).map(
      (row) => [row.message_id, row],
    ),
  );
  return reached.flatMap(({ event, status, messageId }) => {
    const target = targetOf.get(messageId);
    if (!target) return [];
    const deliveryId = uuidv7();
    const payload = {
      id: deliveryId,
      type: 'message.status',
      occurredAt: event.occurredAt.toISOString(),
      data: { messageId, from: target.from_number, to: target.to_number, ...status },
    };
    return [
      deliveryRow(deliveryId, target, payload, {
        message_id: messageId,
        subscription_id: null,
        event_type: 'message.status',
      }),
    ];
  });
}

/** Each notification to every active subscription of its account that asked for its type. */
async function subscriptionDeliveries(events: readonly ConsumedEvent[], trx: Knex.Transaction) {
  const inboundTo = events.flatMap((e) =>
    e.type === 'longcode.receipts.InboundReceived' ? [(e.data as { to: string }).to] : [],
  );
  const owners = new Map<string, string>(
    inboundTo.length > 0
      ? (await trx('number_owners').whereIn('phone_number', [...new Set(inboundTo)])).map((r) => [
          r.phone_number,
          r.account_id,
        ])
      : [],
  );
  const notifications = events.flatMap((event) => notificationOf(event, (n) => owners.get(n)) ?? []);
  if (notifications.length === 0) return [];
  const rows = await trx('webhook_subscriptions')
    .whereIn('account_id', [...new Set(notifications.map((n) => n.accountId))])
    .andWhere({ is_active: true });
  // Each subscription's event types read once, not once per notification.
  const subscriptions = rows.map((row) => ({ row, eventTypes: toSubscription(row).eventTypes }));
  return notifications.flatMap((notification) => {
    const { accountId, messageId, ...payload } = notification;
    return subscriptions
      .filter(({ row, eventTypes }) => row.account_id === accountId && eventTypes.includes(notification.type))
      .map(({ row }) =>
        deliveryRow(uuidv7(), row, payload, {
          message_id: messageId,
          subscription_id: row.subscription_id,
          event_type: notification.type,
        }),
      );
  });
}

/**
 * The callbacks' consumer: each message status to the message's own callback URL, and each notification
 * (message status, inbound message, opt-out change, campaign status) to the account's subscriptions,
 * queued in the consumer's transaction (so each is queued once, whatever Kafka redelivers). A batch
 * takes a handful of statements whatever its size.
 */
export const projectCallbacks: BatchEventHandler = async (events, trx) => {
  const deliveries = [
    ...(await statusCallbacks(events, trx)),
    ...(await subscriptionDeliveries(events, trx)),
  ];
  if (deliveries.length > 0) await trx('callback_deliveries').insert(deliveries);
};

/** The number events that change an owner. */
export const OWNERSHIP_EVENT_TYPES = [
  'longcode.numbers.NumberReserved',
  'longcode.numbers.NumberPortInRequested',
  'longcode.numbers.NumberReleased',
  'longcode.numbers.NumberOrderFailed',
] as const;

/** numbers.number.v1 → which account owns each number (to route inbound messages to it). */
export const projectNumberOwners: BatchEventHandler = async (events, trx) => {
  // Per number only its last event of the batch counts (a number's events come in order): two statements.
  const ownership = events.filter((e) => (OWNERSHIP_EVENT_TYPES as readonly string[]).includes(e.type));
  const last = new Map(ownership.map((e) => [(e.data as { phoneNumber: string }).phoneNumber, e]));
  const released = (type: string) =>
    type === 'longcode.numbers.NumberReleased' || type === 'longcode.numbers.NumberOrderFailed';
  const gone = [...last].filter(([, e]) => released(e.type)).map(([phone, e]) => [phone, e.accountId]);
  const owned = [...last]
    .filter(([, e]) => !released(e.type))
    .map(([phone, e]) => ({ phone_number: phone, account_id: e.accountId }));
  if (gone.length > 0) await trx('number_owners').whereIn(['phone_number', 'account_id'], gone).delete();
  if (owned.length > 0) await trx('number_owners').insert(owned).onConflict('phone_number').merge();
};
