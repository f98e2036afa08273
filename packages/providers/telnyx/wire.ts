/**
 * Telnyx's messaging wire format, as its public docs show it. Nothing outside this folder sees these types.
 *
 * - Send: https://developers.telnyx.com/api-reference/messages/send-a-message (`POST /v2/messages`, answer
 *   `{ data: OutboundMessagePayload }`).
 * - Webhooks: https://developers.telnyx.com/docs/messaging/messages/receiving-webhooks (envelope, event
 *   types, `to[].status`), https://developers.telnyx.com/api-reference/callbacks/delivery-update and
 *   https://developers.telnyx.com/api-reference/callbacks/inbound-message.
 * - Errors: https://developers.telnyx.com/docs/messaging/messages/error-codes (see `./error-codes.ts`).
 */

/** The body of `POST /v2/messages` (the fields we fill; Telnyx has more: `subject`, `type`, `send_at`, …). */
export interface TelnyxSendRequest {
  from: string;
  to: string;
  /** "Message body as a non-empty string. Required for SMS"; left out of a media-only MMS. */
  text?: string;
  /** "Required for MMS"; total media under 1 MB. */
  media_urls?: string[];
  /** Per-message webhook URL; without one Telnyx uses the messaging profile's. */
  webhook_url?: string;
  /** "Required if sending via number pool or with an alphanumeric sender ID"; optional for a long code. */
  messaging_profile_id?: string;
}

/** One entry of Telnyx's `errors` array (`MessagingError`: `code` and `title` required). */
export interface TelnyxMessagingError {
  code?: string | number;
  title?: string;
  detail?: string;
  source?: { pointer?: string; parameter?: string };
}

/** A recipient of a message, with its own delivery status. */
export interface TelnyxAddress {
  phone_number?: string;
  /** queued | sending | sent | expired | sending_failed | delivery_unconfirmed | delivered | delivery_failed,
   * and `webhook_delivered` on inbound messages. */
  status?: string;
  carrier?: string;
  line_type?: string;
}

/** `OutboundMessagePayload` / `InboundMessagePayload` (only the fields we read are typed). */
export interface TelnyxMessagePayload {
  id?: string;
  record_type?: string;
  direction?: 'outbound' | 'inbound' | string;
  from?: TelnyxAddress;
  to?: TelnyxAddress[];
  text?: string | null;
  media?: Array<{ url?: string; content_type?: string | null }>;
  /** "Number of parts into which the message's body must be split." */
  parts?: number;
  errors?: TelnyxMessagingError[];
  received_at?: string | null;
  sent_at?: string | null;
  completed_at?: string | null;
}

/** The answer of `POST /v2/messages`. */
export interface TelnyxSendResponse {
  data?: TelnyxMessagePayload;
}

/** Every messaging webhook: `{ data: { event_type, id, occurred_at, payload, record_type }, meta }`. */
export interface TelnyxWebhook {
  data?: {
    record_type?: string;
    /** message.received | message.sent | message.finalized (others are not ours). */
    event_type?: string;
    /** "Unique identifier for this webhook event": the deduplication key. */
    id?: string;
    occurred_at?: string;
    payload?: TelnyxMessagePayload;
  };
  meta?: { attempt?: number; delivered_to?: string };
}
