/**
 * Twilio's wire format, as far as this adapter reads it. Nothing here leaves this folder.
 * - The Message resource: `api.v2010.account.message` in Twilio's OpenAPI (twilio-oai, twilio_api_v2010).
 * - The REST error body: what Twilio's own SDK reads into RestException (code, message, more_info, status).
 */

export const API_VERSION_PATH = '/2010-04-01';

/** Twilio's answer to `POST /2010-04-01/Accounts/{AccountSid}/Messages.json` (201), the fields we read. */
export interface TwilioMessage {
  sid?: string;
  /** `queued` without a Messaging Service; `accepted` (or `scheduled`) with one. */
  status?: string;
  /** A string of digits; "0" while a Messaging Service has not picked a sender yet. */
  num_segments?: string | null;
}

/** Twilio's error body on a 4xx/5xx answer. */
export interface TwilioErrorBody {
  code?: number;
  message?: string;
  more_info?: string;
  status?: number;
}

/** The form parameters of Twilio's status callbacks and incoming-message webhooks that we read. */
export const FORM = {
  messageSid: 'MessageSid',
  /** Deprecated twin of MessageSid, still sent. */
  smsSid: 'SmsSid',
  messageStatus: 'MessageStatus',
  /** Deprecated twin of MessageStatus; on an incoming message it is `received`. */
  smsStatus: 'SmsStatus',
  errorCode: 'ErrorCode',
  from: 'From',
  to: 'To',
  body: 'Body',
  numMedia: 'NumMedia',
  mediaUrl: (index: number) => `MediaUrl${index}`,
} as const;
