import type { InboundMessage, ProviderNotification } from '../src/port.js';
import { toReceipt } from './receipt.js';
import type { TelnyxMessagePayload, TelnyxWebhook } from './wire.js';

type Payload = TelnyxMessagePayload & { id: string };

/**
 * What a (verified) Telnyx messaging webhook reports: a receipt for `message.sent` / `message.finalized`,
 * an inbound message for `message.received`, nothing for any other event (number, 10DLC, voice, new ones).
 * https://developers.telnyx.com/docs/messaging/messages/receiving-webhooks
 */
export function toNotifications(event: TelnyxWebhook, receivedAt: Date): ProviderNotification[] {
  const data = event.data;
  const payload = data?.payload;
  if (!data || typeof payload?.id !== 'string' || payload.id === '') return [];
  const withId = payload as Payload;
  switch (data.event_type) {
    case 'message.sent':
    case 'message.finalized': {
      const occurredAt =
        dateOf(data.occurred_at) ?? dateOf(payload.completed_at) ?? dateOf(payload.sent_at) ?? receivedAt;
      const receipt = toReceipt({
        eventType: data.event_type,
        providerEventId: data.id || undefined,
        occurredAt,
        payload: withId,
      });
      return receipt ? [receipt] : [];
    }
    case 'message.received': {
      const inbound = toInbound(withId, data.id || undefined, dateOf(data.occurred_at) ?? receivedAt);
      return inbound ? [inbound] : [];
    }
    default:
      return [];
  }
}

/** An inbound SMS/MMS: who texted (`from.phone_number`) which of our numbers (`to[0].phone_number`). */
function toInbound(payload: Payload, eventId: string | undefined, occurredAt: Date): InboundMessage | null {
  const from = payload.from?.phone_number;
  const to = payload.to?.[0]?.phone_number;
  if (!from || !to) return null;
  return {
    kind: 'inbound',
    providerEventId: eventId ?? `${payload.id}:message.received`,
    providerMessageId: payload.id,
    from,
    to,
    text: payload.text ?? '',
    mediaUrls: (payload.media ?? []).flatMap((m) =>
      typeof m.url === 'string' && m.url !== '' ? [m.url] : [],
    ),
    receivedAt: dateOf(payload.received_at) ?? occurredAt,
  };
}

/** An ISO 8601 date, or undefined for a missing or unreadable one (Telnyx's API reference shows `"date-time"`). */
function dateOf(value: string | null | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
