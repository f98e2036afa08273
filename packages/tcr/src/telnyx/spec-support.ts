/** What the Telnyx adapter's specs share: fixtures, a recording fetch, and webhooks signed as Telnyx does. */
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { type IncomingWebhook, ProviderError } from '../port.js';
import { createTelnyxRegistration } from './registration.js';

export const rawFixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
export const fixture = (name: string): unknown => JSON.parse(rawFixture(name).toString('utf8'));

export const base64Of = (key: KeyObject) =>
  Buffer.from(key.export({ format: 'jwk' }).x ?? '', 'base64url').toString('base64');

/** The key pair playing Telnyx's webhook signing key. */
export const telnyxKeys = generateKeyPairSync('ed25519');

export const SENT_AT = 1_775_000_000; // Unix seconds

/** The webhook as Telnyx would deliver it: signed over `${timestamp}|${body}`, arriving 2 s later. */
export function delivered(
  rawBody: Buffer,
  { key = telnyxKeys.privateKey, timestamp = SENT_AT, receivedAt = new Date((SENT_AT + 2) * 1000) } = {},
): IncomingWebhook {
  const signed = Buffer.concat([Buffer.from(`${timestamp}|`), rawBody]);
  return {
    headers: {
      'content-type': 'application/json',
      'telnyx-signature-ed25519': sign(null, signed, key).toString('base64'),
      'telnyx-timestamp': `${timestamp}`,
    },
    rawBody,
    receivedAt,
  };
}

export interface Call {
  url: string;
  method: string | undefined;
  headers: Headers;
  body: unknown;
}

/** The adapter with a fetch that records what it was asked and answers `status` with `body`, or fails like a network. */
export function telnyxAnswering(status: number | 'network down', body?: unknown) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = async (input, init = {}) => {
    calls.push({
      url: String(input),
      method: init.method,
      headers: new Headers(init.headers),
      body: init.body === undefined ? undefined : JSON.parse(String(init.body)),
    });
    if (status === 'network down') throw new TypeError('fetch failed');
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  const provider = createTelnyxRegistration({
    baseUrl: 'https://api.telnyx.com/v2/',
    apiKey: 'KEY0123',
    webhookPublicKey: base64Of(telnyxKeys.publicKey),
    webhookUrl: 'https://hooks.longcode.example/webhooks/registration/telnyx',
    fetch,
  });
  return { provider, calls };
}

export async function failureOf(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}
