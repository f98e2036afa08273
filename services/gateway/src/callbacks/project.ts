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
 * status is queued once, whatever Kafka redelivers).
 */
export const projectCallbacks: BatchEventHandler = async (events, trx) => {
  for (const event of events) {
    if (event.type === 'longcode.dispatch.MessageAccepted') {
      const accepted = event.data as MessageAccepted;
      if (!accepted.statusCallbackUrl) continue;
      await trx('callback_targets')
        .insert({
          message_id: accepted.messageId,
          account_id: event.accountId,
          url: accepted.statusCallbackUrl,
          from_number: accepted.from,
          to_number: accepted.to,
        })
        .onConflict('message_id')
        .ignore();
      continue;
    }
    const status = statusOf(event);
    if (!status) continue;
    const messageId = (event.data as { messageId: string }).messageId;
    const target = await trx('callback_targets').where({ message_id: messageId }).first();
    if (!target) continue;
    const deliveryId = uuidv7();
    const payload = {
      id: deliveryId,
      type: 'message.status',
      occurredAt: event.occurredAt.toISOString(),
      data: { messageId, from: target.from_number, to: target.to_number, ...status },
    };
    await trx('callback_deliveries').insert({
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
    });
  }
};
