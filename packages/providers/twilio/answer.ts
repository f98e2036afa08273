import type { SendResult } from '../src/port.js';
import { twilioErrorCode } from './codes.js';
import type { TwilioErrorBody, TwilioMessage } from './wire.js';

/** An HTTP answer from Twilio, read whole. */
export interface TwilioAnswer {
  status: number;
  /** The Retry-After header, when given. */
  retryAfter: string | null;
  text: string;
}

/**
 * What an answer from Twilio says became of the send (the at-most-once rule is in SendResult's comment):
 * - 2xx with the Message's `sid`: accepted; 2xx without one is not proof either way: unknown.
 * - 429 and 503: Twilio refused and asks to come back later: rejected, retriable, with Retry-After.
 * - Any other 5xx: unknown. Twilio's 20500 page: "sending an SMS … [is] not idempotent. If you get a 500
 *   Server Error on these requests, and you retry the request, it is possible for a customer to receive
 *   multiple messages" — a 500 does not confirm the message was not accepted (502/504 neither).
 * - Other 4xx: rejected, retriable when Twilio's code says so (21611 a full sender queue, …).
 */
export function sendResultOf(answer: TwilioAnswer, now: Date): SendResult {
  const { status } = answer;
  const json = parseJson(answer.text);
  if (status >= 200 && status < 300) return acceptedOrUnknown(status, json as TwilioMessage | undefined);
  const error = (typeof json === 'object' && json !== null ? json : {}) as TwilioErrorBody;
  const code = typeof error.code === 'number' ? String(error.code) : `HTTP_${status}`;
  const description =
    typeof error.message === 'string' ? error.message : answer.text.slice(0, 200) || `HTTP ${status}`;
  if (status >= 500 && status !== 503) {
    return { outcome: 'unknown', reason: `Twilio answered ${status} (${code}: ${description})` };
  }
  const comeBackLater = status === 429 || status === 503;
  return {
    outcome: 'rejected',
    code,
    description,
    retriable: comeBackLater || (twilioErrorCode(code)?.retriable ?? false),
    retryAfterMs: comeBackLater ? retryAfterMs(answer.retryAfter, now) : null,
  };
}

function acceptedOrUnknown(status: number, message: TwilioMessage | undefined): SendResult {
  if (typeof message?.sid !== 'string' || message.sid === '') {
    return { outcome: 'unknown', reason: `Twilio answered ${status} without the Message's sid` };
  }
  return { outcome: 'accepted', providerMessageId: message.sid, segments: segmentsOf(message.num_segments) };
}

/** num_segments is a string; "0" means not counted yet (a Messaging Service has not picked a sender). */
function segmentsOf(numSegments: string | null | undefined): number | null {
  const segments = Number(numSegments);
  return numSegments && Number.isInteger(segments) && segments > 0 ? segments : null;
}

/** Retry-After in delay-seconds or as an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: Date): number | null {
  if (header === null || header.trim() === '') return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}
