import type { ProviderNotification } from '../src/port.js';
import { inboundOf } from './inbound-message.js';
import { receiptOf } from './status-callback.js';
import { FORM } from './wire.js';

/**
 * What one verified Twilio webhook reports. A status callback carries MessageStatus; an incoming message
 * does not (or says `received`). Twilio sends one message per webhook, so this is none or one.
 */
export function notificationsOf(params: URLSearchParams, receivedAt: Date): ProviderNotification[] {
  const messageStatus = params.get(FORM.messageStatus);
  const notification =
    messageStatus !== null && messageStatus !== 'received'
      ? receiptOf(params, receivedAt)
      : inboundOf(params, receivedAt);
  return notification === null ? [] : [notification];
}
