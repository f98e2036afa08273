import { encodingOf } from '../messaging/encoding.js';
import type { InboundRecord } from '../messaging/inbound.js';
import type { OutboundRecord } from '../messaging/record.js';
import { twilioFailure } from './failures.js';
import { messageSidOf, serviceSidOf } from './resource.js';
import { API_VERSION, rawDlrDoneDate, sidOf } from './wire.js';

/**
 * A status callback's parameters (https://www.twilio.com/docs/messaging/guides/track-outbound-message-status),
 * in the order captured callbacks show: ErrorCode on a failure, the deprecated SmsSid/SmsStatus twins,
 * MessageStatus, To, MessagingServiceSid when sent through one, RawDlrDoneDate on a carrier's final verdict,
 * MessageSid, AccountSid, From, ApiVersion.
 */
export function statusCallbackParams(
  record: OutboundRecord,
  stage: 'sent' | 'finalized',
  accountSid: string,
): URLSearchParams {
  const failure = stage === 'finalized' ? twilioFailure(record) : null;
  const status = stage === 'sent' ? 'sent' : (failure?.status ?? 'delivered');
  const sid = messageSidOf(record);
  const service = serviceSidOf(record);
  const params = new URLSearchParams();
  if (failure) params.append('ErrorCode', String(failure.code));
  params.append('SmsSid', sid);
  params.append('SmsStatus', status);
  params.append('MessageStatus', status);
  params.append('To', record.to);
  if (service) params.append('MessagingServiceSid', service);
  if (status === 'delivered' || status === 'undelivered') {
    params.append('RawDlrDoneDate', rawDlrDoneDate(record.completedAt));
  }
  params.append('MessageSid', sid);
  params.append('AccountSid', accountSid);
  params.append('From', record.from);
  params.append('ApiVersion', API_VERSION);
  return params;
}

/**
 * An incoming message's webhook parameters (https://www.twilio.com/docs/messaging/guides/webhook-request):
 * the sids (MessageSid and its deprecated twins), the parties with their country, Body, NumMedia and each
 * medium's MediaContentType{N}/MediaUrl{N}, NumSegments, SmsStatus `received`, AccountSid, ApiVersion.
 */
export function inboundParams(record: InboundRecord, accountSid: string): URLSearchParams {
  const sid = inboundSidOf(record);
  const params = new URLSearchParams();
  params.append('ToCountry', 'US');
  params.append('SmsMessageSid', sid);
  params.append('NumMedia', String(record.media.length));
  params.append('SmsSid', sid);
  params.append('SmsStatus', 'received');
  params.append('Body', record.text);
  params.append('FromCountry', 'US');
  params.append('To', record.to);
  record.media.forEach(({ url, contentType }, index) => {
    if (contentType) params.append(`MediaContentType${index}`, contentType);
    params.append(`MediaUrl${index}`, url);
  });
  params.append('NumSegments', String(encodingOf(record.text).parts));
  params.append('MessageSid', sid);
  params.append('AccountSid', accountSid);
  params.append('From', record.from);
  params.append('ApiVersion', API_VERSION);
  return params;
}

export const inboundSidOf = (record: { id: string; media: readonly unknown[] }): string =>
  sidOf(record.id, record.media.length > 0);
