import type { Refusal } from '../messaging/errors.js';
import type { TwilioErrorBody } from './wire.js';

/**
 * The refusals of Twilio's Messages API the simulator gives, with their HTTP status, after Twilio's Error
 * and Warning Dictionary (https://www.twilio.com/docs/api/errors/{code}). The texts are ours, in Twilio's
 * manner: its SDKs and packages/providers/twilio read `code` and `message`.
 */
export type TwilioErrorCode =
  | 20003
  | 20404
  | 20422
  | 20429
  | 20500
  | 20503
  | 21211
  | 21212
  | 21408
  | 21602
  | 21603
  | 21604
  | 21606
  | 21609
  | 21610
  | 21617
  | 21620
  | 21701
  | 30034;

export interface TwilioRefusal {
  status: number;
  body: TwilioErrorBody;
  headers?: Record<string, string>;
}

export function twilioError(status: number, code: TwilioErrorCode, message: string): TwilioRefusal {
  return { status, body: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status } };
}

export const authenticate = () => twilioError(401, 20003, 'Authenticate');

export const notFound = (path: string) =>
  twilioError(404, 20404, `The requested resource ${path} was not found`);

export const tooManyRequests = (retryAfter: string): TwilioRefusal => ({
  ...twilioError(429, 20429, 'Too Many Requests'),
  headers: { 'retry-after': retryAfter },
});

export const internalError = () => twilioError(500, 20500, 'Internal Server Error');

/** A request the framework refuses before any route reads it (a body too large, an unknown content type). */
export const invalidParameter = (status: number, message: string) => twilioError(status, 20422, message);

/**
 * The core's refusal (in its own, Telnyx's, codes) as Twilio would answer the same send. Two are not what
 * Twilio itself does: a sender not on a provisioned 10DLC campaign is refused at once with 30034, where
 * Twilio accepts the message and fails it with 30034 in a status callback; and the simulator's rate limit
 * is the carrier's, answered as Twilio's API limit (20429). Either way the send is refused for good, or
 * comes back later.
 */
export function fromCoreRefusal(refusal: Refusal, to: string, from: string): TwilioRefusal {
  const error = refusal.errors[0];
  const field = error?.source?.pointer.slice(1) ?? '';
  const answer = (status: number, code: TwilioErrorCode, message: string) => ({
    ...twilioError(status, code, message),
    ...(refusal.headers ? { headers: refusal.headers } : {}),
  });
  switch (error?.code) {
    case '40300':
      return answer(400, 21610, 'Attempt to send to unsubscribed recipient');
    case '40305':
      return answer(
        400,
        21606,
        `The 'From' phone number provided (${from}) is not a valid message-capable Twilio phone number for this account.`,
      );
    case '40010':
      return answer(
        400,
        30034,
        `US A2P 10DLC - Message from an Unregistered Number: ${from} is not on a registered campaign.`,
      );
    case '40309':
      return answer(
        400,
        21408,
        `Permission to send an SMS has not been enabled for the region indicated by the 'To' number: ${to}.`,
      );
    case '40316':
      return answer(400, 21602, 'Message body is required.');
    case '10011':
      return answer(429, 20429, 'Too Many Requests');
    case '10007':
      return refusal.status === 503
        ? answer(503, 20503, 'Service unavailable')
        : answer(500, 20500, 'Internal Server Error');
    default:
      // 40310 and the shape checks (10003, 10004, 10015): request.ts checks these first.
      if (field.startsWith('media')) return answer(400, 21620, 'Invalid media URL(s)');
      if (field === 'from')
        return answer(400, 21212, `The 'From' number ${from} is not a valid phone number.`);
      return answer(400, 21211, `The 'To' number ${to} is not a valid phone number.`);
  }
}
