import type { TelnyxError } from '../telnyx-errors.js';

/**
 * The messaging API's refusals, with the codes and titles of Telnyx's catalogues:
 * https://developers.telnyx.com/docs/messaging/messages/error-codes (40xxx),
 * https://developers.telnyx.com/development/api-fundamentals/api-errors (10xxx),
 * https://developers.telnyx.com/api/errors/40310 and
 * https://developers.telnyx.com/development/api-fundamentals/reliability/rate-limiting (10011, verbatim).
 */
const TITLES = {
  '10003': 'Invalid URL',
  '10004': 'Missing required parameter',
  '10007': 'Unexpected error',
  '10011': 'Too many requests',
  '10015': 'Bad Request',
  '40010': 'Not 10DLC registered',
  '40300': 'Blocked due to STOP message',
  '40305': "Invalid 'from' address",
  '40309': 'Invalid destination region',
  '40310': "Invalid 'to' address",
  '40316': 'No content provided for message',
} as const;

export type MessagingErrorCode = keyof typeof TITLES;

/** A refused request: its HTTP status, Telnyx's errors, and headers to add (`Retry-After`, …). */
export interface Refusal {
  status: number;
  errors: TelnyxError[];
  headers?: Record<string, string>;
}

export function messagingError(code: MessagingErrorCode, detail: string, field?: string): TelnyxError {
  return {
    code,
    title: TITLES[code],
    detail,
    ...(field === undefined ? {} : { source: { pointer: `/${field}` } }),
  };
}

export function refusal(status: number, ...errors: TelnyxError[]): Refusal {
  return { status, errors };
}

/** Telnyx's 429 body, verbatim from its rate-limiting page. */
export const tooManyRequests = (): TelnyxError =>
  messagingError('10011', 'You have exceeded the maximum number of allowed requests.');

/** Telnyx's 5xx body; its detail keeps the catalogue's spelling. */
export const unexpectedError = (): TelnyxError => messagingError('10007', 'An unexpected error occured.');

/**
 * The carrier rejections a failed delivery reports in `message.finalized` (`to[].status: delivery_failed`),
 * each with the description of Telnyx's messaging error codes page.
 */
export const DELIVERY_FAILURES: readonly TelnyxError[] = [
  {
    code: '40008',
    title: 'Undeliverable',
    detail:
      'The recipient carrier did not accept the message. This is a general purpose undeliverable message.',
  },
  {
    code: '40001',
    title: 'Not routable',
    detail: 'The destination number is either a landline or a non-routable wireless number.',
  },
  {
    code: '40002',
    title: 'Blocked as spam (temporary)',
    detail: 'The message was flagged by a SPAM filter and was not delivered. This is a temporary condition.',
  },
  {
    code: '40006',
    title: 'Recipient server unavailable',
    detail: 'The recipient server is unavailable or not responding. This may be a temporary issue.',
  },
];
