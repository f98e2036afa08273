import type { Receipt, ReceiptStatus } from '../src/port.js';
import { twilioErrorCode } from './codes.js';
import { FORM } from './wire.js';

/**
 * Twilio's MessageStatus values (the Message resource's status enum) as our receipt states. `sending` is
 * still with Twilio (queued); `read` implies delivered. `receiving`/`received` are incoming messages, not
 * receipts; `partially_delivered` is not documented for SMS and is ignored, like any unknown value.
 */
const STATUSES: Readonly<Record<string, ReceiptStatus>> = {
  accepted: 'queued',
  scheduled: 'queued',
  queued: 'queued',
  sending: 'queued',
  sent: 'sent',
  delivered: 'delivered',
  read: 'delivered',
  undelivered: 'undelivered',
  failed: 'failed',
  canceled: 'failed',
};

/**
 * A status callback as a receipt, or null when it is not one we can read. Twilio's callbacks carry no
 * event id and no event time (RawDlrDoneDate has minutes, no time zone, and not always): the event id is
 * built from the message, its Twilio status and its error code; the time is when the webhook arrived.
 * The error code's description and retriability come from our code table (callbacks carry no text).
 */
export function receiptOf(params: URLSearchParams, receivedAt: Date): Receipt | null {
  const messageSid = params.get(FORM.messageSid) || params.get(FORM.smsSid);
  const twilioStatus = params.get(FORM.messageStatus);
  const status = twilioStatus && Object.hasOwn(STATUSES, twilioStatus) ? STATUSES[twilioStatus] : undefined;
  if (!messageSid || !twilioStatus || status === undefined) return null;
  const errorCode = params.get(FORM.errorCode) || null;
  const known = errorCode === null ? undefined : twilioErrorCode(errorCode);
  const failure = status === 'failed' || status === 'undelivered';
  return {
    kind: 'receipt',
    providerEventId: [messageSid, twilioStatus, errorCode].filter((part) => part !== null).join(':'),
    providerMessageId: messageSid,
    status,
    errorCode,
    errorDescription: known?.description ?? null,
    retriable: failure ? (known?.retriable ?? false) : null,
    occurredAt: receivedAt,
    messageId: null,
  };
}
