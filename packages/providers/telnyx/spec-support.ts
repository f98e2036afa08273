/** What the Telnyx messaging specs share: fixtures, a recording fetch, and webhooks signed as Telnyx does. */
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { OutboundMessage, ProviderWebhook } from '../src/port.js';
import { createTelnyxMessaging, type TelnyxMessagingOptions } from './index.js';

export const rawFixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
export const fixture = (name: string): unknown => JSON.parse(rawFixture(name).toString('utf8'));

export const base64Of = (key: KeyObject) =>
  Buffer.from(key.export({ format: 'jwk' }).x ?? '', 'base64url').toString('base64');

/** The key pair playing Telnyx's webhook signing key. */
export const telnyxKeys = generateKeyPairSync('ed25519');

export const SENT_AT = 1_775_000_000; // Unix seconds
export const WEBHOOK_URL = 'https://hooks.longcode.example/webhooks/messaging/telnyx';

/** The webhook as Telnyx would deliver it: signed over `${timestamp}|${body}`, arriving 2 s later. */
export function delivered(
  rawBody: Buffer,
  { key = telnyxKeys.privateKey, timestamp = SENT_AT, receivedAt = new Date((SENT_AT + 2) * 1000) } = {},
): ProviderWebhook {
  const signed = Buffer.concat([Buffer.from(`${timestamp}|`), rawBody]);
  return {
    url: WEBHOOK_URL,
    headers: {
      'content-type': 'application/json',
      'telnyx-signature-ed25519': sign(null, signed, key).toString('base64'),
      'telnyx-timestamp': `${timestamp}`,
    },
    rawBody,
    receivedAt,
  };
}

/** The appointment reminder of send.request.json, as dispatch hands it over. */
export const reminder: OutboundMessage = {
  messageId: 'msg-0192f3',
  from: '+13125550001',
  to: '+13125550002',
  text: 'Acme Dental: your appointment is confirmed for Tue 3pm. Reply STOP to opt out.',
  mediaUrls: [],
  statusCallbackUrl: WEBHOOK_URL,
};

export interface Call {
  url: string;
  method: string | undefined;
  redirect: RequestInit['redirect'];
  headers: Headers;
  body: unknown;
}

/** How the fake Telnyx answers: a status with a JSON (or raw) body and headers, or a fetch failure. */
export type Reply =
  | { status: number; body?: unknown; raw?: string; headers?: Record<string, string> }
  | { fails: unknown }
  | { bodyFails: number }
  | 'never answers';

/** The adapter with a fetch that records what it was asked and answers with `reply`. */
export function telnyxAnswering(reply: Reply, options: Partial<TelnyxMessagingOptions> = {}) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = async (input, init = {}) => {
    calls.push({
      url: String(input),
      method: init.method,
      redirect: init.redirect,
      headers: new Headers(init.headers),
      body: init.body === undefined ? undefined : JSON.parse(String(init.body)),
    });
    return answer(reply, init.signal ?? undefined);
  };
  const provider = createTelnyxMessaging({
    baseUrl: 'https://api.telnyx.com',
    apiKey: 'KEY0123',
    webhookPublicKey: base64Of(telnyxKeys.publicKey),
    messagingProfileId: '4000eba1-a0c0-4563-9925-b25e842a7cb6',
    timeoutMs: 50,
    fetch,
    ...options,
  });
  return { provider, calls };
}

async function answer(reply: Reply, signal: AbortSignal | undefined): Promise<Response> {
  if (reply === 'never answers') {
    return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
  }
  if ('fails' in reply) throw reply.fails;
  if ('bodyFails' in reply) {
    const body = new ReadableStream({ start: (controller) => controller.error(new TypeError('terminated')) });
    return new Response(body, { status: reply.bodyFails });
  }
  const text = reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
  return new Response(text, {
    status: reply.status,
    headers: { 'content-type': 'application/json', ...reply.headers },
  });
}

/** A failure as Node's fetch reports one: `TypeError('fetch failed')` with the socket error as its cause. */
export function fetchFailed(code: string, message: string): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
}
