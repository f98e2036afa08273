/** What the Bandwidth adapter's specs share: fixtures, a recording fake fetch, and callbacks as delivered. */
import { readFileSync } from 'node:fs';
import type { OutboundMessage, ProviderWebhook } from '../src/port.js';
import { createBandwidthMessaging } from './messaging.js';

export const rawFixture = (name: string): Buffer =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
export const fixture = (name: string): unknown => JSON.parse(rawFixture(name).toString('utf8'));

export const config = {
  accountId: '9900000',
  username: 'api-user',
  password: 'correct-horse-battery-staple',
  applicationId: '93de2206-9669-4e07-948d-329f4b722ee2',
  callbackUsername: 'longcode-callbacks',
  callbackPassword: 'Tr0ub4dor&3:with-colon',
};

/** The message `send.request.json` is made from. */
export const outbound: OutboundMessage = {
  messageId: 'msg_01JNQ7ZK3M5N8P2R6T9V0W1XYA',
  from: '+12025550187',
  to: '+12025550143',
  text: 'Acme Dental: your cleaning is booked for Tue 3/10 at 2:30pm. Reply C to confirm, STOP to opt out.',
  mediaUrls: [],
  statusCallbackUrl: 'https://hooks.longcode.example/webhooks/receipts/bandwidth',
};

export const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

export const RECEIVED_AT = new Date('2026-03-09T15:05:00.000Z');

/** A callback as Bandwidth posts it, with the application's callback credentials unless told otherwise (null: none). */
export function delivered(
  rawBody: Buffer,
  authorization: string | null = basic(config.callbackUsername, config.callbackPassword),
): ProviderWebhook {
  return {
    url: 'https://hooks.longcode.example/webhooks/receipts/bandwidth',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'BandwidthAPI/v2',
      ...(authorization === null ? {} : { authorization }),
    },
    rawBody,
    receivedAt: RECEIVED_AT,
  };
}

export interface Call {
  url: string;
  method: string | undefined;
  headers: Headers;
  body: unknown;
}

/** How the fake Bandwidth answers: with a status and a body, by failing like a network, or never. */
export type Behaviour =
  | { status: number; body?: unknown; headers?: Record<string, string>; cutBody?: boolean }
  | { fails: Error }
  | 'never answers';

/** The adapter with a fetch that records each request and behaves as told. */
export function bandwidthAnswering(
  behaviour: Behaviour,
  options: { baseUrl?: string; timeoutMs?: number } = {},
) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = async (input, init = {}) => {
    calls.push({
      url: String(input),
      method: init.method,
      headers: new Headers(init.headers),
      body: init.body === undefined ? undefined : JSON.parse(String(init.body)),
    });
    if (behaviour === 'never answers') return untilAborted(init.signal);
    if ('fails' in behaviour) throw behaviour.fails;
    return answer(behaviour);
  };
  const provider = createBandwidthMessaging({ ...config, ...options, fetch });
  return { provider, calls };
}

function answer({ status, body, headers = {}, cutBody = false }: Extract<Behaviour, { status: number }>) {
  const init = { status, headers: { 'content-type': 'application/json', ...headers } };
  if (cutBody) {
    const stream = new ReadableStream({
      start: (controller) => controller.error(new TypeError('terminated')),
    });
    return new Response(stream, init);
  }
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(text === '' ? null : text, init);
}

/** Like fetch when no answer comes: rejects with the signal's reason (a TimeoutError) once it aborts. */
function untilAborted(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** fetch's own failure: `TypeError: fetch failed` caused by the socket error with its code. */
export function networkError(code: string, message: string): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
}
