import { createHash, timingSafeEqual } from 'node:crypto';
import { type IncomingWebhook, WebhookRejectedError } from '@longcode/kit';

/**
 * Bandwidth signs nothing: a messaging application's callbacks carry the HTTP Basic credentials set on the
 * application (`InboundCallbackCreds` / `OutboundCallbackCreds`, "highly recommended").
 * https://dev.bandwidth.com/docs/account/applications
 *
 * Returns a check that throws WebhookRejectedError unless the webhook carries exactly these credentials.
 * Both sides are hashed first, so the comparison takes the same time whatever their lengths.
 */
export function callbackCredentialsCheck(
  username: string,
  password: string,
): (webhook: IncomingWebhook) => void {
  if (!username || !password || username.includes(':')) {
    throw new Error('Bandwidth callback credentials need a username without ":" and a password');
  }
  const expected = digest(`${username}:${password}`);
  return (webhook) => {
    const presented = basicCredentials(header(webhook.headers, 'authorization'));
    if (presented === null) {
      throw new WebhookRejectedError('Bandwidth callback without HTTP Basic credentials');
    }
    if (!timingSafeEqual(digest(presented), expected)) {
      throw new WebhookRejectedError('Bandwidth callback credentials do not match');
    }
  };
}

/** `user:password` from an `Authorization: Basic …` header, or null when there is none. */
function basicCredentials(value: string | undefined): string | null {
  const match = /^basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(value ?? '');
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  return decoded.includes(':') ? decoded : null;
}

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** Node lowercases header names; a hand-built map may not. */
function header(headers: IncomingWebhook['headers'], name: string): string | undefined {
  if (headers[name] !== undefined) return headers[name];
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}
