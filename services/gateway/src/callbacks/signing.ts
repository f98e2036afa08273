import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** An account's secret for signing its callbacks: 256 random bits. */
export const newSigningSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

/**
 * `Longcode-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, as Stripe signs its
 * webhooks: the receiver recomputes it with the account's secret over the raw body, compares in constant
 * time, and refuses a timestamp too far from its clock (replays).
 */
export function signCallback(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does with the header (used by our tests; partners' libraries do the same). */
export function verifyCallback(
  secret: string,
  header: string,
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=') as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signCallback(secret, timestamp, body).split('v1=')[1] ?? '', 'hex');
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
