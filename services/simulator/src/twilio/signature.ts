import { createHmac } from 'node:crypto';

/**
 * `X-Twilio-Signature` as Twilio computes it (https://www.twilio.com/docs/usage/webhooks/webhooks-security):
 * base64 of HMAC-SHA1, keyed with the Auth Token, over the full URL posted to followed by each POST
 * parameter's name and value, sorted by name. The simulator's webhooks repeat no name.
 */
export function signTwilioWebhook(authToken: string, url: string, params: URLSearchParams): string {
  const names = [...params.keys()].sort();
  const signed = names.reduce((text, name) => text + name + (params.get(name) ?? ''), url);
  return createHmac('sha1', authToken).update(signed, 'utf8').digest('base64');
}
