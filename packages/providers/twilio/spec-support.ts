/** What the Twilio messaging specs share: fixtures, a fake Twilio API, and webhooks signed as Twilio signs. */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { OutboundMessage, ProviderWebhook, SmsProvider } from '../src/port.js';
import { createTwilioMessaging } from './messaging.js';

export const fixtureText = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
export const fixture = (name: string): unknown => JSON.parse(fixtureText(name));

/** The account, numbers and sids the fixtures use. */
export const ACCOUNT_SID = 'ACe268443e43d93dab7ebef303bbe9642f';
export const AUTH_TOKEN = '0123456789abcdef0123456789abcdef';
export const SERVICE_SID = 'MGaaabf0d39951f3e6c3e8a7911df524c2';
export const OUTBOUND_SID = 'SMb5229dfdd9136d1c772f9070f3095016';
export const OUR_NUMBER = '+14155552345';
export const THEIR_NUMBER = '+14155550123';
export const WEBHOOK_URL = 'https://receipts.example.com/webhooks/twilio?account=main';
export const RECEIVED_AT = new Date('2025-08-14T12:06:02.000Z');

/** The message `create-message.request.txt` carries. */
export const SMS: OutboundMessage = {
  messageId: 'msg_01K2M3N4P5Q6R7S8T9V0W1X2Y3',
  from: OUR_NUMBER,
  to: THEIR_NUMBER,
  text: 'Hello! 👍',
  mediaUrls: [],
  statusCallbackUrl: WEBHOOK_URL,
};

/** The message `create-message-mms-service.request.txt` carries (sent through the Messaging Service). */
export const MMS: OutboundMessage = {
  messageId: 'msg_01K2M3N4P5Q6R7S8T9V0W1X2Y4',
  from: OUR_NUMBER,
  to: THEIR_NUMBER,
  text: 'Your order shipped',
  mediaUrls: [
    'https://c1.staticflickr.com/3/2899/14341091933_1e92e62d12_b.jpg',
    'https://demo.twilio.com/owl.png',
  ],
  statusCallbackUrl: null,
};

export interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: string;
}

/** One answer of the fake API: a status with a JSON body (or raw text), or a way for the call to fail. */
export type Answer =
  | { status: number; body?: unknown; text?: string; headers?: Record<string, string> }
  | 'connection refused'
  | 'dns failure'
  | 'connection reset'
  | 'no answer'
  | { status: number; bodyLost: true };

/** The adapter against a fake Twilio answering every call with `answer`; every call is recorded. */
export function twilioAnswering(
  answer: Answer,
  options: { messagingServiceSid?: string; baseUrl?: string } = {},
) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = async (input, init = {}) => {
    calls.push({
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: String(init.body),
    });
    return respond(answer, init.signal ?? undefined);
  };
  const provider: SmsProvider = createTwilioMessaging({
    accountSid: ACCOUNT_SID,
    authToken: AUTH_TOKEN,
    timeoutMs: 50,
    fetch,
    ...options,
  });
  return { provider, calls };
}

async function respond(answer: Answer, signal: AbortSignal | undefined): Promise<Response> {
  if (answer === 'connection refused')
    throw fetchFailed('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:443');
  if (answer === 'dns failure') throw fetchFailed('ENOTFOUND', 'getaddrinfo ENOTFOUND api.twilio.com');
  if (answer === 'connection reset') throw fetchFailed('UND_ERR_SOCKET', 'other side closed');
  if (answer === 'no answer')
    return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
  if ('bodyLost' in answer) return new Response(brokenStream(), { status: answer.status });
  const text = answer.text ?? (answer.body === undefined ? '' : JSON.stringify(answer.body));
  return new Response(text, { status: answer.status, headers: answer.headers });
}

/** What Node's fetch throws when the socket fails: `TypeError: fetch failed`, the socket error as cause. */
function fetchFailed(code: string, message: string): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
}

function brokenStream(): ReadableStream<Uint8Array> {
  return new ReadableStream({ start: (controller) => controller.error(new Error('terminated')) });
}

export const ok = (name: string): Answer => ({ status: 201, body: fixture(name) });
export const failing = (name: string, headers?: Record<string, string>): Answer => {
  const body = fixture(name) as { status: number };
  return { status: body.status, body, headers };
};

/**
 * Twilio's signature, written out independently of the adapter's: base64 HMAC-SHA1 with the Auth Token
 * over the URL, then each form parameter's name and value, sorted by name.
 */
export function signatureFor(authToken: string, url: string, form: string): string {
  const pairs = [...new URLSearchParams(form)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const signed = url + pairs.map(([name, value]) => name + value).join('');
  return createHmac('sha1', authToken).update(signed).digest('base64');
}

/** A form-encoded webhook as Twilio posts it to `url`, signed with the fixtures' Auth Token. */
export function signedWebhook(form: string, url = WEBHOOK_URL): ProviderWebhook {
  return {
    url,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': signatureFor(AUTH_TOKEN, url, form),
    },
    rawBody: Buffer.from(form),
    receivedAt: RECEIVED_AT,
  };
}

/** The provider as receipts uses it: only parseWebhook matters, no call is made. */
export const receiver = (): SmsProvider => twilioAnswering({ status: 500 }).provider;
