import { isUsNumber } from '@longcode/nanp';
import type { TelnyxError } from '../telnyx-errors.js';
import { messagingError, type Refusal, refusal } from './errors.js';
import type { SendRequest } from './wire.js';

export type SendValidation = { ok: true; request: SendRequest } | { ok: false; refusal: Refusal };

const E164 = /^\+[1-9]\d{1,14}$/;
const OPTIONAL_STRINGS = [
  'text',
  'subject',
  'messaging_profile_id',
  'webhook_url',
  'webhook_failover_url',
] as const;

/**
 * How the simulator reads `POST /v2/messages`: 400 (10015) for a body that is not an object; 422 naming
 * each field of the wrong shape (10004 missing, 10015 wrong type); then, the shape being right, 400 for a
 * bad value: 40310 a `to` that is not one +E.164 number (Telnyx: "The 'to' address should be a single valid
 * number."), 40309 one outside the US (the messaging profile's default whitelist), 40316 neither text nor
 * media, 10003 a URL that is not http(s) or longer than 2,000 characters.
 */
export function validateSendRequest(body: unknown): SendValidation {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return {
      ok: false,
      refusal: refusal(400, messagingError('10015', 'The request body must be a JSON object.')),
    };
  }
  const fields = { ...(body as Record<string, unknown>) };
  fields.to = singleRecipient(fields.to);
  const shape = shapeErrors(fields);
  if (shape.length > 0) return { ok: false, refusal: refusal(422, ...shape) };
  const request = fields as unknown as SendRequest;
  const format = formatErrors(request);
  if (format.length > 0) return { ok: false, refusal: refusal(400, ...format) };
  return { ok: true, request };
}

/** Telnyx takes `to` as a string or an array of one. */
function singleRecipient(to: unknown): unknown {
  return Array.isArray(to) && to.length === 1 ? to[0] : to;
}

function shapeErrors(fields: Record<string, unknown>): TelnyxError[] {
  const errors: TelnyxError[] = [];
  for (const field of ['from', 'to'] as const) {
    const value = fields[field];
    if (value === undefined || value === null || value === '') {
      errors.push(messagingError('10004', `The '${field}' parameter is required.`, field));
    } else if (typeof value !== 'string') {
      errors.push(messagingError('10015', `The '${field}' parameter must be a single string.`, field));
    }
  }
  for (const field of OPTIONAL_STRINGS) {
    if (fields[field] !== undefined && typeof fields[field] !== 'string') {
      errors.push(messagingError('10015', `The '${field}' parameter must be a string.`, field));
    }
  }
  const media = fields.media_urls;
  if (media !== undefined && !(Array.isArray(media) && media.every((url) => typeof url === 'string'))) {
    errors.push(
      messagingError('10015', "The 'media_urls' parameter must be an array of URLs.", 'media_urls'),
    );
  }
  if (fields.use_profile_webhooks !== undefined && typeof fields.use_profile_webhooks !== 'boolean') {
    const detail = "The 'use_profile_webhooks' parameter must be a boolean.";
    errors.push(messagingError('10015', detail, 'use_profile_webhooks'));
  }
  if (fields.type !== undefined && fields.type !== 'SMS' && fields.type !== 'MMS') {
    errors.push(messagingError('10015', "The 'type' parameter must be SMS or MMS.", 'type'));
  }
  return errors;
}

function formatErrors(request: SendRequest): TelnyxError[] {
  const errors: TelnyxError[] = [];
  if (!E164.test(request.to)) {
    errors.push(messagingError('40310', "The 'to' address should be a single valid number.", 'to'));
  } else if (!isUsNumber(request.to)) {
    const detail = `The destination ${request.to} is outside the regions the messaging profile allows (US).`;
    errors.push(messagingError('40309', detail, 'to'));
  }
  const media = request.media_urls ?? [];
  if ((request.text ?? '') === '' && media.length === 0) {
    const detail = "A message needs a non-empty 'text' (SMS) or 'media_urls' (MMS).";
    errors.push(messagingError('40316', detail, 'text'));
  }
  const urls: Array<[string, string | undefined]> = [
    ['webhook_url', request.webhook_url],
    ['webhook_failover_url', request.webhook_failover_url],
    ...media.map((url, index): [string, string] => [`media_urls/${index}`, url]),
  ];
  for (const [field, url] of urls) {
    if (url !== undefined && !isHttpUrl(url)) {
      const detail =
        'The URL provided was invalid, malformed, or too long. URLs can be a maximum of 2000 characters.';
      errors.push(messagingError('10003', detail, field));
    }
  }
  return errors;
}

function isHttpUrl(raw: string): boolean {
  if (raw.length > 2000 || !URL.canParse(raw)) return false;
  const { protocol } = new URL(raw);
  return protocol === 'http:' || protocol === 'https:';
}
