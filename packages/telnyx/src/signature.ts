import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import { type IncomingWebhook, WebhookRejectedError } from '@longcode/kit';

/**
 * Telnyx signs each webhook with Ed25519 over `${telnyx-timestamp}|${raw body}`; the signature is base64 in
 * `telnyx-signature-ed25519`, the timestamp Unix seconds in `telnyx-timestamp`. The account's public key
 * is shown base64 (32 raw bytes) in the portal.
 * https://developers.telnyx.com/docs/development/api-fundamentals/webhooks
 */
export const SIGNATURE_HEADER = 'telnyx-signature-ed25519';
export const TIMESTAMP_HEADER = 'telnyx-timestamp';

/** The public key as Telnyx publishes it (base64 of the 32-byte Ed25519 key); a bad key fails at start. */
export function publicKeyFromBase64(base64: string): KeyObject {
  const raw = Buffer.from(base64.trim(), 'base64');
  if (raw.length !== 32) {
    throw new Error(
      `webhookPublicKey must be the base64 of a 32-byte Ed25519 public key, got ${raw.length} bytes`,
    );
  }
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') },
    format: 'jwk',
  });
}

/** Throws WebhookRejectedError unless the webhook was signed with `publicKey` within `toleranceSeconds`. */
export function verifyTelnyxSignature(
  webhook: IncomingWebhook,
  publicKey: KeyObject,
  toleranceSeconds: number,
): void {
  const signature = header(webhook.headers, SIGNATURE_HEADER);
  const timestamp = header(webhook.headers, TIMESTAMP_HEADER);
  if (!signature || !timestamp) {
    throw new WebhookRejectedError(
      `Telnyx webhook without ${SIGNATURE_HEADER} and ${TIMESTAMP_HEADER} headers`,
    );
  }
  if (!/^\d{1,12}$/.test(timestamp))
    throw new WebhookRejectedError(`${TIMESTAMP_HEADER} is not Unix seconds`);
  const signed = Buffer.concat([Buffer.from(`${timestamp}|`), webhook.rawBody]);
  const signatureBytes = Buffer.from(signature, 'base64');
  if (signatureBytes.length !== 64 || !verify(null, signed, publicKey, signatureBytes)) {
    throw new WebhookRejectedError('Telnyx webhook signature does not match');
  }
  const skewSeconds = Math.abs(webhook.receivedAt.getTime() / 1000 - Number(timestamp));
  if (skewSeconds > toleranceSeconds) {
    throw new WebhookRejectedError(
      `Telnyx webhook timestamp is ${Math.round(skewSeconds)} s away from now (tolerance ${toleranceSeconds} s)`,
    );
  }
}

/** Node lowercases header names; a hand-built map may not. */
function header(headers: IncomingWebhook['headers'], name: string): string | undefined {
  if (headers[name] !== undefined) return headers[name];
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}
