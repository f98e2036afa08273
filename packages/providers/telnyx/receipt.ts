import type { Receipt, ReceiptStatus } from '../src/port.js';
import { codeOf, describeErrors, errorsOf } from './describe.js';
import { meaningOf } from './error-codes.js';
import type { TelnyxMessagePayload } from './wire.js';

/**
 * A recipient's `to[].status`, normalised. `delivery_unconfirmed` is final for Telnyx yet says only that
 * the carrier sent no receipt: the message stays `sent`. `expired` (out of Telnyx's queue past
 * `valid_until`) and `sending_failed` never reached a carrier; `delivery_failed` did.
 * https://developers.telnyx.com/docs/messaging/messages/receiving-webhooks#delivery-statuses
 */
const RECIPIENT_STATUSES: Readonly<Record<string, ReceiptStatus>> = {
  queued: 'queued',
  sending: 'queued',
  sent: 'sent',
  delivery_unconfirmed: 'sent',
  delivered: 'delivered',
  sending_failed: 'failed',
  expired: 'failed',
  delivery_failed: 'undelivered',
};

export interface OutboundEvent {
  eventType: 'message.sent' | 'message.finalized';
  providerEventId: string | undefined;
  occurredAt: Date;
  payload: TelnyxMessagePayload & { id: string };
}

/**
 * The receipt a `message.sent` or `message.finalized` event gives for the message's (single) recipient,
 * or null when it says nothing usable (a finalized event with neither a status nor an error).
 */
export function toReceipt({
  eventType,
  providerEventId,
  occurredAt,
  payload,
}: OutboundEvent): Receipt | null {
  const recipientStatus = payload.to?.[0]?.status;
  const errors = errorsOf(payload);
  let status = statusOf(recipientStatus);
  if (eventType === 'message.sent' && (status === undefined || status === 'queued')) status = 'sent';
  if (status === undefined && errors.length > 0) status = 'failed';
  if (status === undefined) return null;
  const base = {
    kind: 'receipt' as const,
    providerEventId: providerEventId ?? `${payload.id}:${eventType}:${recipientStatus ?? ''}`,
    providerMessageId: payload.id,
    occurredAt,
    messageId: null,
  };
  if (status !== 'failed' && status !== 'undelivered') {
    return { ...base, status, errorCode: null, errorDescription: null, retriable: null };
  }
  const code = codeOf(errors);
  const meaning = meaningOf(code);
  return {
    ...base,
    status: meaning?.status ?? status,
    errorCode: code,
    errorDescription: describeErrors(errors) ?? meaning?.title ?? null,
    retriable: meaning?.retriable ?? false,
  };
}

function statusOf(recipientStatus: string | undefined): ReceiptStatus | undefined {
  return recipientStatus !== undefined && Object.hasOwn(RECIPIENT_STATUSES, recipientStatus)
    ? RECIPIENT_STATUSES[recipientStatus]
    : undefined;
}
