import type { SendResult } from '../src/port.js';
import type { BandwidthErrorBody, BandwidthMessage } from './wire.js';

/** Bandwidth's answer to a createMessage request; `body` is null when it could not be read to the end. */
export interface CreateMessageAnswer {
  status: number;
  headers: Headers;
  body: string | null;
}

/**
 * What an answer means for the message (https://dev.bandwidth.com/docs/messaging/errors): a 202 with the
 * message's id accepts it. Bandwidth documents that "any 4xx or 5xx HTTP response code will not be billed
 * nor will the message be sent", so its error answers are `rejected`, retriable for 429 and 5xx. A 502 or
 * 504 without Bandwidth's own error body (`{ type, description }`) comes from a gateway in front that may
 * have passed the request on and lost the answer: that is `unknown`, like a 2xx without a readable id.
 */
export function toSendResult({ status, headers, body }: CreateMessageAnswer, now: Date): SendResult {
  const json = body === null ? undefined : parseJson(body);
  if (status >= 200 && status < 300) return accepted(status, json);
  const error = errorBodyOf(json);
  if ((status === 502 || status === 504) && typeof error?.type !== 'string') {
    return {
      outcome: 'unknown',
      reason: `Bandwidth's gateway answered ${status}; the message may have been taken`,
    };
  }
  const retriable = status === 429 || status >= 500;
  return {
    outcome: 'rejected',
    code: error?.type || `http-${status}`,
    description: (error && describeError(error)) || `Bandwidth answered ${status}`,
    retriable,
    retryAfterMs: retriable ? retryAfterMs(headers.get('retry-after'), now) : null,
  };
}

function accepted(status: number, json: unknown): SendResult {
  const message = (typeof json === 'object' && json !== null ? json : {}) as BandwidthMessage;
  if (typeof message.id !== 'string' || message.id === '') {
    return { outcome: 'unknown', reason: `Bandwidth answered ${status} without a readable message id` };
  }
  const segments = typeof message.segmentCount === 'number' ? message.segmentCount : null;
  return { outcome: 'accepted', providerMessageId: message.id, segments };
}

/** `Your request could not be accepted (from: '+1' must be … E164 …)`: the description, then each field. */
export function describeError({ description, message, fieldErrors }: BandwidthErrorBody): string {
  const fields = (Array.isArray(fieldErrors) ? fieldErrors : [])
    .map((f) => [f.fieldName, f.description].filter(Boolean).join(': '))
    .filter((text) => text !== '');
  const head = description ?? message ?? '';
  if (fields.length === 0) return head;
  return head ? `${head} (${fields.join('; ')})` : fields.join('; ');
}

/** `Retry-After` as delay-seconds or an HTTP date, in milliseconds from `now`; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now: Date): number | null {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = text === '' ? Number.NaN : Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

function errorBodyOf(json: unknown): BandwidthErrorBody | null {
  if (typeof json !== 'object' || json === null) return null;
  const body = json as BandwidthErrorBody;
  const usable = [body.type, body.description, body.message].some((field) => typeof field === 'string');
  return usable ? body : null;
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}
