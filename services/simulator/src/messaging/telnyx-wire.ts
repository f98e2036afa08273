import type { SigningKey } from '../signing.js';
import type { TelnyxEvent } from '../webhooks/events.js';
import { createWebhookSender } from '../webhooks/sender.js';
import { inboundPayload } from './inbound.js';
import { outboundPayload } from './record.js';
import { type MessagePayload, type MessagingEventType, messagingTime } from './wire.js';
import type { Notice, Wire, WireIo } from './wires.js';

/**
 * Telnyx's side of messaging: each notice as its event (`message.sent`, `message.finalized`,
 * `message.received`), signed with Ed25519 by the webhook sender; a delivery the receiver never takes
 * goes to the message's `webhook_failover_url`, if it has one. Inbound messages go to the messaging
 * profile's webhook URL (SIM_MESSAGING_WEBHOOK_URL).
 */
export function createTelnyxWire(
  { signingKey, profileWebhookUrl }: { signingKey: SigningKey; profileWebhookUrl: string },
  io: WireIo,
): Wire {
  const sender = createWebhookSender({ signingKey, ...io });
  return {
    async notify(notice) {
      const url = notice.record.webhookUrl as string;
      const failoverUrl = notice.type === 'message.received' ? null : notice.record.webhookFailoverUrl;
      const event = eventOf(notice);
      const first = await sender.deliver(url, event);
      const failover =
        first.delivered || failoverUrl === null ? null : await sender.deliver(failoverUrl, event);
      const last = failover ?? first;
      return {
        url: last.url,
        attempts: first.attempts + (failover?.attempts ?? 0),
        delivered: last.delivered,
        lastResult: last.lastResult,
      };
    },
    inboundUrl: profileWebhookUrl,
    messageIdOf: ({ id }) => id,
    close: () => sender.close(),
  };
}

function eventOf(notice: Notice): TelnyxEvent {
  const id = notice.eventId;
  if (notice.type === 'message.received') {
    return messageEvent(notice.type, id, notice.record.receivedAt, inboundPayload(notice.record));
  }
  const { record } = notice;
  return notice.type === 'message.sent'
    ? messageEvent(notice.type, id, record.sentAt, outboundPayload(record, 'sent'))
    : messageEvent(notice.type, id, record.completedAt, outboundPayload(record, 'finalized'));
}

function messageEvent(
  type: MessagingEventType,
  id: string,
  occurredAt: number,
  payload: MessagePayload,
): TelnyxEvent {
  return {
    data: { event_type: type, id, occurred_at: messagingTime(occurredAt), payload, record_type: 'event' },
  };
}
