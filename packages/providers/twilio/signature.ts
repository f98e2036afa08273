import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { WebhookRejectedError } from '@longcode/kit';
import type { ProviderWebhook } from '../src/port.js';
import { formParams, jsonParams } from './form.js';

/**
 * Twilio signs every webhook in `X-Twilio-Signature`: base64 of HMAC-SHA1, keyed with the Auth Token, over
 * the full URL Twilio requested followed by each POST parameter's name and value, sorted by name
 * (https://www.twilio.com/docs/usage/webhooks/webhooks-security). A JSON body is not in the string: its
 * hex SHA-256 rides in the URL as `bodySHA256` instead (error 57012's page). Twilio sends no timestamp, so
 * a webhook cannot be stale; a replay is a duplicate, which receipts deduplicate.
 */
export const SIGNATURE_HEADER = 'x-twilio-signature';

/** The signature Twilio would send for `url` and form `params`. Repeated names: each value, sorted. */
export function twilioSignature(authToken: string, url: string, params = new URLSearchParams()): string {
  let signed = url;
  for (const name of [...new Set(params.keys())].sort()) {
    for (const value of [...new Set(params.getAll(name))].sort()) signed += name + value;
  }
  return createHmac('sha1', authToken).update(signed, 'utf8').digest('base64');
}

/** The webhook's parameters once its signature checks out; WebhookRejectedError when missing or wrong. */
export function verifiedParams(webhook: ProviderWebhook, authToken: string): URLSearchParams {
  const signature = header(webhook.headers, SIGNATURE_HEADER);
  if (!signature) throw new WebhookRejectedError('Twilio webhook without an X-Twilio-Signature header');
  const bodyHash = parseUrl(webhook.url).searchParams.get('bodySHA256');
  const signedParams = bodyHash === null ? formParams(webhook.rawBody) : new URLSearchParams();
  const signed = urlVariants(webhook.url).some((url) =>
    sameText(signature, twilioSignature(authToken, url, signedParams)),
  );
  if (!signed) throw new WebhookRejectedError('Twilio webhook signature does not match');
  if (bodyHash === null) return signedParams;
  const actualHash = createHash('sha256').update(webhook.rawBody).digest('hex');
  if (!sameText(bodyHash.toLowerCase(), actualHash)) {
    throw new WebhookRejectedError('Twilio webhook body does not match its bodySHA256');
  }
  return jsonParams(webhook.rawBody);
}

/**
 * The URL as received, then without its port and with the scheme's default port: Twilio's SDKs accept
 * all three "since signature generation on the back end is inconsistent" (twilio-node, webhooks.ts).
 */
export function urlVariants(url: string): string[] {
  const parsed = parseUrl(url);
  const withoutPort = new URL(parsed);
  withoutPort.port = '';
  const variants = [url, withoutPort.toString()];
  const defaultPort = { 'https:': '443', 'http:': '80' }[parsed.protocol];
  if (parsed.port === '' && defaultPort) variants.push(withPort(parsed, defaultPort));
  return [...new Set(variants)];
}

/** `new URL` drops a scheme's default port, so the variant with it is written out by hand. */
function withPort(url: URL, port: string): string {
  const password = url.password ? `:${url.password}` : '';
  const userinfo = url.username || url.password ? `${url.username}${password}@` : '';
  return `${url.protocol}//${userinfo}${url.hostname}:${port}${url.pathname}${url.search}${url.hash}`;
}

function parseUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    throw new WebhookRejectedError('Twilio webhook URL is not an absolute URL');
  }
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Node lowercases header names; a hand-built map may not. */
function header(headers: ProviderWebhook['headers'], name: string): string | undefined {
  if (headers[name] !== undefined) return headers[name];
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}
