import type { SendRequest } from '../messaging/wire.js';
import { type TwilioRefusal, twilioError } from './errors.js';
import { isMessagingServiceSid } from './wire.js';

const E164 = /^\+[1-9]\d{1,14}$/;
const NANP = /^\+1\d{10}$/;
const MAX_BODY = 1600;

export type TwilioSendValidation = { ok: true; request: SendRequest } | { ok: false; refusal: TwilioRefusal };

/**
 * `POST …/Messages.json`'s form read as Twilio reads it — To, From, MessagingServiceSid, Body, MediaUrl
 * (repeated), StatusCallback — and translated into the core's request. Refused, one error at a time as
 * Twilio answers: 21604 / 21211 no or a bad To (a To outside the US: 21408, from the core), 21603 / 21212 no or a bad From, 21701 a Messaging Service
 * sid that is not one, 21602 neither Body nor media, 21617 a Body over 1,600 characters, 21620 a media URL
 * and 21609 a StatusCallback that is not an http(s) URL. A Messaging Service's sender pool is not
 * simulated: From is needed with it too (the platform always sends its campaign's number).
 * Status callbacks go to the message's StatusCallback only: without one there are none.
 */
export function readSendForm(form: URLSearchParams): TwilioSendValidation {
  const to = form.get('To') ?? '';
  const from = form.get('From') ?? '';
  const service = form.get('MessagingServiceSid');
  const body = form.get('Body') ?? '';
  const media = form.getAll('MediaUrl');
  const callback = form.get('StatusCallback');
  const refuse = (code: Parameters<typeof twilioError>[1], message: string) => ({
    ok: false as const,
    refusal: twilioError(400, code, message),
  });
  if (to === '') return refuse(21604, "A 'To' phone number is required.");
  if (!isPhoneNumber(to)) return refuse(21211, `The 'To' number ${to} is not a valid phone number.`);
  if (from === '') {
    const pool = service ? " (the simulator does not pick senders from a Messaging Service's pool)" : '';
    return refuse(21603, `A 'From' phone number is required${pool}.`);
  }
  if (!isPhoneNumber(from)) return refuse(21212, `The 'From' number ${from} is not a valid phone number.`);
  if (service !== null && !isMessagingServiceSid(service)) {
    return refuse(21701, `The Messaging Service Sid ${service} is invalid.`);
  }
  if (body === '' && media.length === 0) return refuse(21602, 'Message body is required.');
  if (body.length > MAX_BODY) {
    return refuse(21617, 'The concatenated message body exceeds the 1600 character limit.');
  }
  if (!media.every(isHttpUrl)) return refuse(21620, 'Invalid media URL(s)');
  if (callback !== null && !isHttpUrl(callback)) return refuse(21609, 'Invalid StatusCallback URL');
  return {
    ok: true,
    request: {
      from,
      to,
      ...(body === '' ? {} : { text: body }),
      ...(media.length > 0 ? { media_urls: media } : {}),
      ...(service ? { messaging_profile_id: service } : {}),
      ...(callback ? { webhook_url: callback } : {}),
      use_profile_webhooks: false,
    },
  };
}

/** +E.164, and ten digits after +1 (a North American number of another length is no number at all). */
const isPhoneNumber = (raw: string): boolean => E164.test(raw) && (!raw.startsWith('+1') || NANP.test(raw));

function isHttpUrl(raw: string): boolean {
  if (raw.length > 2000 || !URL.canParse(raw)) return false;
  const { protocol } = new URL(raw);
  return protocol === 'http:' || protocol === 'https:';
}
