import type { TelnyxError } from '../telnyx-errors.js';
import { encodingOf } from './encoding.js';
import {
  type MessagePayload,
  type MessageType,
  type MessagingEventType,
  messagingTime,
  type Party,
  type RecipientStatus,
  type SendRequest,
  SIMULATED_ORGANIZATION_ID,
} from './wire.js';
import type { WireName } from './wires.js';

/** One webhook delivery of a message's event, as GET /simulator/messages shows it. */
export interface WebhookReport {
  event: MessagingEventType;
  eventId: string;
  /** The second delivery of the same event (SIM_DUPLICATE_RATE). */
  duplicate: boolean;
  url: string;
  attempts: number;
  delivered: boolean;
  lastResult: number | string;
}

export type OutboundStatus = 'queued' | 'sent' | 'delivered' | 'delivery_failed';

/**
 * An accepted message, kept small (the payload is built from it when needed). Times are epoch ms: when
 * it was received, and when the carrier sent and finalized it (decided at acceptance).
 */
export interface OutboundRecord {
  id: string;
  /** The API it was sent through: its events are told in that API's format. */
  wire: WireName;
  from: string;
  to: string;
  text: string;
  subject: string | null;
  media: string[];
  type: MessageType;
  messagingProfileId: string | null;
  tcrCampaignId: string | null;
  webhookUrl: string | null;
  webhookFailoverUrl: string | null;
  encoding: string;
  parts: number;
  receivedAt: number;
  sentAt: number;
  completedAt: number;
  failure: TelnyxError | null;
  status: OutboundStatus;
  webhooks: WebhookReport[];
}

export interface AcceptedAs {
  id: string;
  wire: WireName;
  receivedAt: number;
  sentAt: number;
  completedAt: number;
  messagingProfileId: string | null;
  tcrCampaignId: string | null;
  /** Where the webhooks go: the message's `webhook_url`, else the profile's (SIM_MESSAGING_WEBHOOK_URL). */
  webhookUrl: string | null;
  failure: TelnyxError | null;
}

export function newOutboundRecord(request: SendRequest, accepted: AcceptedAs): OutboundRecord {
  const text = request.text ?? '';
  const media = request.media_urls ?? [];
  const { encoding, parts } = encodingOf(text);
  return {
    id: accepted.id,
    wire: accepted.wire,
    from: request.from,
    to: request.to,
    text,
    subject: request.subject ?? null,
    media,
    type: request.type ?? (media.length > 0 ? 'MMS' : 'SMS'),
    messagingProfileId: accepted.messagingProfileId,
    tcrCampaignId: accepted.tcrCampaignId,
    webhookUrl: accepted.webhookUrl,
    webhookFailoverUrl: request.webhook_failover_url ?? null,
    encoding,
    parts,
    receivedAt: accepted.receivedAt,
    sentAt: accepted.sentAt,
    completedAt: accepted.completedAt,
    failure: accepted.failure,
    status: 'queued',
    webhooks: [],
  };
}

/** The carrier a recipient's number belongs to, the same for the same number. */
export function carrierOf(e164: string): Party {
  const carriers = ['T-MOBILE USA, INC.', 'CELLCO PARTNERSHIP DBA VERIZON WIRELESS', 'AT&T WIRELESS'];
  const carrier = carriers[Number(e164.at(-1) ?? 0) % carriers.length] ?? 'T-MOBILE USA, INC.';
  return { phone_number: e164, carrier, line_type: 'Wireless' };
}

/** A number of the simulated Telnyx account, as Telnyx names its own. */
export const telnyxParty = (e164: string): Party => ({
  phone_number: e164,
  carrier: 'TELNYX LLC',
  line_type: 'VoIP',
});

type Stage = 'queued' | 'sent' | 'finalized';

/** The message as Telnyx shows it: queued (the send's answer), sent, or finalized (delivered or failed). */
export function outboundPayload(record: OutboundRecord, stage: Stage): MessagePayload {
  const finalized = stage === 'finalized';
  const perPart = record.type === 'MMS' ? 0.015 : 0.004;
  const registered = record.tcrCampaignId !== null;
  return {
    record_type: 'message',
    direction: 'outbound',
    id: record.id,
    type: record.type,
    messaging_profile_id: record.messagingProfileId,
    organization_id: SIMULATED_ORGANIZATION_ID,
    from: telnyxParty(record.from),
    to: [{ ...carrierOf(record.to), status: finalized ? finalStatus(record) : stage }],
    cc: [],
    text: record.text,
    subject: record.subject,
    media: record.media.map((url) => mediaOf(url)),
    webhook_url: record.webhookUrl,
    webhook_failover_url: record.webhookFailoverUrl,
    encoding: record.encoding,
    parts: record.parts,
    tags: [],
    cost: usd(perPart * record.parts),
    cost_breakdown: { carrier_fee: usd(0.003 * record.parts), rate: usd((perPart - 0.003) * record.parts) },
    tcr_campaign_id: record.tcrCampaignId,
    tcr_campaign_billable: registered,
    tcr_campaign_registered: registered ? 'REGISTERED' : null,
    received_at: messagingTime(record.receivedAt),
    sent_at: stage === 'queued' ? null : messagingTime(record.sentAt),
    completed_at: finalized ? messagingTime(record.completedAt) : null,
    valid_until: messagingTime(record.receivedAt + VALIDITY_MS),
    errors: finalized && record.failure ? [record.failure] : [],
  };
}

/** How long Telnyx keeps a message queued (`valid_until`): an hour, as its webhook examples show. */
const VALIDITY_MS = 3_600_000;

function finalStatus(record: OutboundRecord): RecipientStatus {
  return record.failure ? 'delivery_failed' : 'delivered';
}

export const mediaOf = (url: string, contentType: string | null = null) => ({
  url,
  content_type: contentType,
  sha256: null,
  size: null,
});

const usd = (amount: number) => ({ amount: amount.toFixed(4), currency: 'USD' as const });
