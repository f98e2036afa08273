import type { InboundMessage, ProviderNotification, Receipt, ReceiptStatus } from '../src/port.js';
import { classifyErrorCode } from './error-codes.js';
import type { BandwidthCallback, BandwidthMessage } from './wire.js';

/**
 * What one (authenticated) callback body reports. Bandwidth posts an array of events
 * (https://dev.bandwidth.com/docs/messaging/webhooks); a lone event, as the OpenAPI examples show them,
 * is read too. Events we do not use (`message-read`, RBM suggestion and location responses, anything new)
 * and events without a message id are left out.
 */
export function toNotifications(body: unknown, receivedAt: Date): ProviderNotification[] {
  const events = Array.isArray(body) ? body : [body];
  return events.flatMap((event) => {
    const notification = isCallback(event) ? toNotification(event, receivedAt) : null;
    return notification ? [notification] : [];
  });
}

type Identified = BandwidthCallback & { type: string; message: BandwidthMessage & { id: string } };

function toNotification(event: Identified, receivedAt: Date): ProviderNotification | null {
  switch (event.type) {
    case 'message-received':
      return inbound(event, receivedAt);
    case 'message-sending':
    case 'message-sent':
      return receipt(event, 'sent', receivedAt);
    case 'message-delivered':
      return receipt(event, 'delivered', receivedAt);
    case 'message-failed':
      return failure(event, receivedAt);
    default:
      return null;
  }
}

function receipt(event: Identified, status: ReceiptStatus, receivedAt: Date): Receipt {
  return {
    kind: 'receipt',
    providerEventId: eventIdOf(event),
    providerMessageId: event.message.id,
    status,
    errorCode: null,
    errorDescription: null,
    retriable: null,
    occurredAt: timeOf(event, receivedAt),
    messageId: event.message.tag || null,
  };
}

/** message-failed: the code decides between failed and undelivered, and whether sending again may help. */
function failure(event: Identified, receivedAt: Date): Receipt {
  const code = typeof event.errorCode === 'number' ? event.errorCode : null;
  const known = code === null ? null : classifyErrorCode(code);
  return {
    ...receipt(event, known?.status ?? 'failed', receivedAt),
    errorCode: code === null ? null : String(code),
    errorDescription: event.description || known?.name || null,
    retriable: known?.retriable ?? false,
  };
}

function inbound(event: Identified, receivedAt: Date): InboundMessage {
  return {
    kind: 'inbound',
    providerEventId: eventIdOf(event),
    providerMessageId: event.message.id,
    from: event.message.from ?? '',
    to: event.to || event.message.owner || '',
    text: event.message.text ?? '',
    mediaUrls: Array.isArray(event.message.media)
      ? event.message.media.filter((url) => typeof url === 'string')
      : [],
    receivedAt: timeOf(event, receivedAt),
  };
}

/**
 * Bandwidth's callbacks carry no event id. This one is stable across redeliveries of the same event and
 * differs between events: the message, what happened, when, to which recipient (a group message has one
 * callback per recipient) and, for failures, the code.
 */
export function eventIdOf(event: Identified): string {
  const parts = [event.message.id, event.type, event.time ?? '', event.to ?? ''];
  if (typeof event.errorCode === 'number') parts.push(String(event.errorCode));
  return parts.join('/');
}

function timeOf(event: BandwidthCallback, receivedAt: Date): Date {
  for (const time of [event.time, event.message?.time]) {
    const parsed = time ? new Date(time) : null;
    if (parsed && !Number.isNaN(parsed.getTime())) return parsed;
  }
  return receivedAt;
}

function isCallback(event: unknown): event is Identified {
  if (typeof event !== 'object' || event === null) return false;
  const { type, message } = event as BandwidthCallback;
  return typeof type === 'string' && typeof message?.id === 'string' && message.id !== '';
}
