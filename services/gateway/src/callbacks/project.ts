import type { MessageAccepted } from '@longcode/contracts';
import type { BatchEventHandler, ConsumedEvent } from '@longcode/eventstore';
import { uuidv7 } from 'uuidv7';

/** The status a message event tells a partner about, with its error if any; null for inner steps. */
export function statusOf(
  event: ConsumedEvent,
): { status: string; errorCode: string | null; errorDescription: string | null } | null {
  // biome-ignore lint/suspicious/noExplicitAny: the event's payload, by its type
  const data = event.data as any;
  switch (event.type) {
    case 'longcode.dispatch.MessageSent':
      return { status: 'sent', errorCode: null, errorDescription: null };
    case 'longcode.dispatch.MessageStatusReported':
      return {
        status: data.status,
        errorCode: data.errorCode ?? null,
        errorDescription: data.errorDescription ?? null,
      };
    case 'longcode.dispatch.MessageSubmissionRefused':
      // A refusal that will be retried is not news for the partner; one that ends the message is.
      return data.retryAt === null || data.retryAt === undefined
        ? { status: 'failed', errorCode: data.code, errorDescription: data.description }
        : null;
    case 'longcode.dispatch.MessageExpired':
      return { status: 'expired', errorCode: null, errorDescription: data.reason ?? null };
    case 'longcode.dispatch.MessageCanceled':
      return { status: 'canceled', errorCode: null, errorDescription: data.reason ?? null };
    default:
      return null;
  }
}

/**
 * dispatch.message.v1 → status callbacks: a message sent with a statusCallbackUrl is remembered, and each
 * status it reaches afterwards becomes a delivery to that URL, in the consumer's transaction (so each
 * status is queued once, whatever Kafka redelivers). A batch takes three statements whatever its size.
 */
export const projectCallbacks: BatchEventHandler = async (events, trx) => {
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
  if (reached.length === 0) return;
  const targetOf = new Map<
    string,
    { account_id: string; url: string; from_number: string; to_number: string }
  >(
    (await trx('callback_targets').whereIn('message_id', [...new Set(reached.map((r) => r.messageId))])).map(
      (row) => [row.message_id, row],
    ),
  );
  const deliveries = reached.flatMap(({ event, status, messageId }) => {
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
      {
        delivery_id: deliveryId,
        account_id: target.account_id,
        message_id: messageId,
        url: target.url,
        payload: JSON.stringify(payload),
        status: 'pending',
        attempts: 0,
        next_attempt_at: new Date(),
        last_status_code: null,
        last_error: null,
        created_at: new Date(),
        delivered_at: null,
      },
    ];
  });
  if (deliveries.length > 0) await trx('callback_deliveries').insert(deliveries);
};
