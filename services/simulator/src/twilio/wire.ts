/**
 * Twilio's Programmable Messaging wire format as the simulator answers and sends it, after Twilio's public
 * docs (the Message resource, https://www.twilio.com/docs/messaging/api/message-resource; its status
 * callbacks and incoming-message webhooks, https://www.twilio.com/docs/messaging/guides/webhook-request)
 * and the payloads packages/providers/twilio was written from. Nothing here leaves this folder.
 */

export const API_VERSION = '2010-04-01';

/** The Message resource: the 201 answer of a send, and `GET …/Messages/{Sid}.json`. */
export interface TwilioMessageResource {
  account_sid: string;
  api_version: typeof API_VERSION;
  body: string;
  date_created: string;
  date_sent: string | null;
  date_updated: string;
  direction: 'outbound-api';
  error_code: number | null;
  error_message: string | null;
  from: string;
  messaging_service_sid: string | null;
  num_media: string;
  num_segments: string;
  price: string | null;
  price_unit: 'USD';
  sid: string;
  status: TwilioStatus;
  subresource_uris: { media: string };
  to: string;
  uri: string;
}

/** The statuses the simulator moves a message through (a subset of the resource's enum). */
export type TwilioStatus = 'accepted' | 'queued' | 'sent' | 'delivered' | 'undelivered' | 'failed';

/** Twilio's REST error body (what its SDKs read into RestException). */
export interface TwilioErrorBody {
  code: number;
  message: string;
  more_info: string;
  status: number;
}

const SID_HEX = /^[0-9a-f]{32}$/;

/** A Messaging Service's sid: MG and 32 hex digits. */
export const isMessagingServiceSid = (sid: string | null): sid is string =>
  /^MG[0-9a-f]{32}$/.test(sid ?? '');

/** A message's sid from the core's UUID: SM (MM with media) and its 32 hex digits, so it reads back. */
export const sidOf = (id: string, withMedia: boolean): string =>
  `${withMedia ? 'MM' : 'SM'}${id.replaceAll('-', '')}`;

/** The core's UUID of a message sid, or null when it is not one of ours. */
export function idOfSid(sid: string): string | null {
  const hex = sid.slice(2);
  if (!(sid.startsWith('SM') || sid.startsWith('MM')) || !SID_HEX.test(hex)) return null;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Twilio's resource dates: RFC 2822 in UTC (`Thu, 14 Aug 2025 12:05:31 +0000`). */
export const twilioDate = (epochMs: number): string =>
  new Date(epochMs).toUTCString().replace('GMT', '+0000');

/** `RawDlrDoneDate` of delivered/undelivered callbacks: the carrier's YYMMDDhhmm (here UTC). */
export function rawDlrDoneDate(epochMs: number): string {
  const iso = new Date(epochMs).toISOString();
  return `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}
