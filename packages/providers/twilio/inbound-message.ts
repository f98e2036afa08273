import type { InboundMessage } from '../src/port.js';
import { FORM } from './wire.js';

/**
 * An incoming-message webhook (https://www.twilio.com/docs/messaging/guides/webhook-request) as an inbound
 * message, or null when it is not one: MessageSid, From, To, and a Body or NumMedia. Media are
 * MediaUrl0 … MediaUrl{NumMedia-1}. Its event id is the MessageSid: one webhook per incoming message.
 */
export function inboundOf(params: URLSearchParams, receivedAt: Date): InboundMessage | null {
  const messageSid = params.get(FORM.messageSid) || params.get(FORM.smsSid);
  const from = params.get(FORM.from);
  const to = params.get(FORM.to);
  const smsStatus = params.get(FORM.smsStatus);
  const carriesMessage = params.has(FORM.body) || params.has(FORM.numMedia);
  if (!messageSid || !from || !to || !carriesMessage) return null;
  if (smsStatus !== null && smsStatus !== 'received') return null;
  return {
    kind: 'inbound',
    providerEventId: messageSid,
    providerMessageId: messageSid,
    from,
    to,
    text: params.get(FORM.body) ?? '',
    mediaUrls: mediaUrlsOf(params),
    receivedAt,
  };
}

/** Twilio sends at most 10 media per message; NumMedia says how many MediaUrl{N} follow. */
function mediaUrlsOf(params: URLSearchParams): string[] {
  const count = Number(params.get(FORM.numMedia) ?? '0');
  const urls: string[] = [];
  for (let index = 0; Number.isInteger(count) && index < Math.min(count, 10); index++) {
    const url = params.get(FORM.mediaUrl(index));
    if (url) urls.push(url);
  }
  return urls;
}
