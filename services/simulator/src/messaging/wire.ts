import type { TelnyxError } from '../telnyx-errors.js';

/**
 * Telnyx's messaging wire format as the simulator answers and sends it, after its public docs:
 * - `POST /v2/messages`, body `MessageSendParams`, answer `{ data: OutboundMessagePayload }`:
 *   https://developers.telnyx.com/api-reference/messages/send-a-message
 * - `message.sent` / `message.finalized` webhooks (`deliveryUpdate`):
 *   https://developers.telnyx.com/api-reference/callbacks/delivery-update and
 *   https://developers.telnyx.com/docs/messaging/messages/receiving-webhooks
 * - `message.received` (`inboundMessage`): https://developers.telnyx.com/api-reference/callbacks/inbound-message
 * The field types follow Telnyx's Node SDK (`src/resources/messages/messages.ts`, generated from the same
 * OpenAPI document).
 */

/** The body of `POST /v2/messages` as validated: `to` is one number (Telnyx takes a string or `[string]`). */
export interface SendRequest {
  from: string;
  to: string;
  text?: string;
  subject?: string;
  media_urls?: string[];
  type?: MessageType;
  messaging_profile_id?: string;
  webhook_url?: string;
  webhook_failover_url?: string;
  use_profile_webhooks?: boolean;
}

export type MessageType = 'SMS' | 'MMS';

export type LineType = 'Wireline' | 'Wireless' | 'VoWiFi' | 'VoIP' | 'Pre-Paid Wireless' | '';

/** `to[].status`: the outbound values the simulator goes through, and inbound's `webhook_delivered`. */
export type RecipientStatus = 'queued' | 'sent' | 'delivered' | 'delivery_failed' | 'webhook_delivered';

export type Party = { phone_number: string; carrier: string; line_type: LineType };

export type Recipient = Party & { status: RecipientStatus };

export type Money = { amount: string; currency: 'USD' };

export type Media = { url: string; content_type: string | null; sha256: null; size: null };

/** `OutboundMessagePayload` / `InboundMessagePayload`: the message record, answered and in every webhook. */
export type MessagePayload = {
  record_type: 'message';
  direction: 'outbound' | 'inbound';
  id: string;
  type: MessageType;
  messaging_profile_id: string | null;
  organization_id: string;
  from: Party;
  to: Recipient[];
  cc: [];
  text: string;
  subject: string | null;
  media: Media[];
  webhook_url: string | null;
  webhook_failover_url: string | null;
  encoding: string;
  parts: number;
  tags: [];
  cost: Money | null;
  cost_breakdown: { carrier_fee: Money; rate: Money } | null;
  tcr_campaign_id: string | null;
  tcr_campaign_billable: boolean;
  tcr_campaign_registered: 'REGISTERED' | null;
  received_at: string;
  sent_at: string | null;
  completed_at: string | null;
  valid_until: string | null;
  errors: TelnyxError[];
};

export type MessagingEventType = 'message.sent' | 'message.finalized' | 'message.received';

/** The simulated account's organization, as every payload names one. */
export const SIMULATED_ORGANIZATION_ID = 'b448f9cc-a842-4784-98e9-03c1a5872950';

/** Telnyx's messaging timestamps: milliseconds, `+00:00` (`2024-01-15T21:32:13.596+00:00`). */
export const messagingTime = (epochMs: number): string =>
  new Date(epochMs).toISOString().replace('Z', '+00:00');
