import type { OutboundRecord } from '../messaging/record.js';
import { twilioFailure, twilioStatusOf } from './failures.js';
import { API_VERSION, isMessagingServiceSid, sidOf, type TwilioMessageResource, twilioDate } from './wire.js';

/**
 * The Message resource of an accepted message, as it stands (`created`: the 201 answer of the send).
 * Sent through a Messaging Service it starts `accepted` with `num_segments` "0", as Twilio documents;
 * otherwise `queued`, with its segments counted.
 */
export function messageResource(
  record: OutboundRecord,
  accountSid: string,
  stage: 'created' | 'now',
): TwilioMessageResource {
  const service = serviceSidOf(record);
  const sid = messageSidOf(record);
  const uri = `/${API_VERSION}/Accounts/${accountSid}/Messages/${sid}`;
  const status =
    stage === 'created'
      ? twilioStatusOf({ ...record, status: 'queued' }, service !== null)
      : twilioStatusOf(record, service !== null);
  const sent = status !== 'accepted' && status !== 'queued';
  const final = sent && status !== 'sent';
  const failure = final ? twilioFailure(record) : null;
  const updatedAt = final ? record.completedAt : sent ? record.sentAt : record.receivedAt;
  return {
    account_sid: accountSid,
    api_version: API_VERSION,
    body: record.text,
    date_created: twilioDate(record.receivedAt),
    date_sent: sent ? twilioDate(record.sentAt) : null,
    date_updated: twilioDate(updatedAt),
    direction: 'outbound-api',
    error_code: failure?.code ?? null,
    error_message: failure?.message ?? null,
    from: record.from,
    messaging_service_sid: service,
    num_media: String(record.media.length),
    num_segments: status === 'accepted' ? '0' : String(record.parts),
    price: sent ? `-${(0.0079 * record.parts).toFixed(5)}` : null,
    price_unit: 'USD',
    sid,
    status,
    subresource_uris: { media: `${uri}/Media.json` },
    to: record.to,
    uri: `${uri}.json`,
  };
}

export const messageSidOf = (record: OutboundRecord): string => sidOf(record.id, record.media.length > 0);

/**
 * The Messaging Service the message was sent through: the core keeps it where it keeps Telnyx's messaging
 * profile, so only a Messaging Service sid there counts (a number's own profile is not one).
 */
export function serviceSidOf(record: OutboundRecord): string | null {
  return isMessagingServiceSid(record.messagingProfileId) ? record.messagingProfileId : null;
}
