import { type FieldError, ValidationError } from '@longcode/kit';
import { encodingOf } from './encoding.js';
import { carrierOf, mediaOf, telnyxParty, type WebhookReport } from './record.js';
import { type MessagePayload, messagingTime, SIMULATED_ORGANIZATION_ID } from './wire.js';
import { isWireName, WIRE_NAMES, type WireName } from './wires.js';

/**
 * The body of `POST /simulator/inbound`: a text a handset sends to a number of the account, and which
 * API's webhook tells it (`provider`; SIM_INBOUND_PROVIDER's when absent).
 */
export interface InboundInjection {
  from: string;
  to: string;
  text: string;
  media: Array<{ url: string; contentType: string | null }>;
  provider?: WireName;
}

/** An injected inbound message and its `message.received` deliveries. */
export interface InboundRecord extends Omit<InboundInjection, 'provider'> {
  id: string;
  wire: WireName;
  eventId: string;
  messagingProfileId: string | null;
  receivedAt: number;
  webhookUrl: string;
  webhooks: WebhookReport[];
}

const E164 = /^\+[1-9]\d{1,14}$/;

/**
 * `{ from, to, text, media?, provider? }`: two +E.164 numbers, a text (may be empty when there is media),
 * media as URLs or `{ url, content_type }`, and the API to tell it through (telnyx, twilio). Throws a
 * ValidationError naming each bad field.
 */
export function readInjection(body: unknown): InboundInjection {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const field of ['from', 'to'] as const) {
    const value = fields[field];
    if (typeof value !== 'string' || !E164.test(value)) {
      errors.push({ field, message: 'must be a phone number in +E.164 format' });
    }
  }
  const media = mediaIn(fields.media);
  if (media === null) {
    errors.push({ field: 'media', message: 'must be a list of URLs, or of { url, content_type }' });
  }
  const text = fields.text ?? '';
  if (typeof text !== 'string') errors.push({ field: 'text', message: 'must be a string' });
  else if (text === '' && (media ?? []).length === 0) {
    errors.push({ field: 'text', message: 'must not be empty when there is no media' });
  }
  const provider = fields.provider;
  if (provider !== undefined && !isWireName(provider)) {
    errors.push({ field: 'provider', message: `must be one of ${WIRE_NAMES.join(', ')}` });
  }
  if (errors.length > 0) throw new ValidationError(errors);
  return {
    from: String(fields.from),
    to: String(fields.to),
    text: String(text),
    media: media ?? [],
    ...(isWireName(provider) ? { provider } : {}),
  };
}

function mediaIn(raw: unknown): InboundInjection['media'] | null {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) return null;
  const media: InboundInjection['media'] = [];
  for (const item of raw) {
    if (typeof item === 'string' && URL.canParse(item)) media.push({ url: item, contentType: null });
    else if (isMediaObject(item)) media.push({ url: item.url, contentType: item.content_type ?? null });
    else return null;
  }
  return media;
}

function isMediaObject(item: unknown): item is { url: string; content_type?: string } {
  if (typeof item !== 'object' || item === null) return false;
  const { url, content_type } = item as Record<string, unknown>;
  return (
    typeof url === 'string' &&
    URL.canParse(url) &&
    (content_type === undefined || typeof content_type === 'string')
  );
}

/** The `message.received` payload: `to[].status` is `webhook_delivered`, as Telnyx sends inbound messages. */
export function inboundPayload(record: InboundRecord): MessagePayload {
  const { encoding, parts } = encodingOf(record.text);
  return {
    record_type: 'message',
    direction: 'inbound',
    id: record.id,
    type: record.media.length > 0 ? 'MMS' : 'SMS',
    messaging_profile_id: record.messagingProfileId,
    organization_id: SIMULATED_ORGANIZATION_ID,
    from: carrierOf(record.from),
    to: [{ ...telnyxParty(record.to), status: 'webhook_delivered' }],
    cc: [],
    text: record.text,
    subject: null,
    media: record.media.map(({ url, contentType }) => mediaOf(url, contentType)),
    webhook_url: record.webhookUrl,
    webhook_failover_url: null,
    encoding,
    parts,
    tags: [],
    cost: { amount: '0.0000', currency: 'USD' },
    cost_breakdown: null,
    tcr_campaign_id: null,
    tcr_campaign_billable: false,
    tcr_campaign_registered: null,
    received_at: messagingTime(record.receivedAt),
    sent_at: null,
    completed_at: null,
    valid_until: null,
    errors: [],
  };
}
