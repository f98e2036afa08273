/** What the Telnyx numbers adapter's specs share: fixtures, and a fetch that plays Telnyx route by route. */
import { readFileSync } from 'node:fs';
import { ProviderError } from '@longcode/kit';
import { expect } from 'vitest';
import type { NumberProvider } from '../port.js';
import { createTelnyxNumbers } from './numbers.js';

export const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

export const MESSAGING_PROFILE_ID = 'abc85f64-5717-4562-b3fc-2c9600000000';

export interface Call {
  method: string;
  /** The path under Telnyx's API root (`/v2/number_orders`), decoded. */
  path: string;
  query: Record<string, string>;
  headers: Headers;
  body: unknown;
}

/** One answer: a status with a JSON body, or a network failure. */
export type Answer = { status: number; body?: unknown } | 'network down';

/**
 * The adapter against a fake Telnyx answering each `"METHOD /path"` (path decoded, without query) with
 * its answer; a route answered with a list gives its answers in turn, the last one again after that.
 * An unrouted call answers 404 in Telnyx's shape. Every call is recorded.
 */
export function telnyxAnswering(routes: Record<string, Answer | Answer[]>) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = async (input, init = {}) => {
    const url = new URL(String(input));
    const call: Call = {
      method: init.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: Object.fromEntries(url.searchParams),
      headers: new Headers(init.headers),
      body: init.body === undefined ? undefined : JSON.parse(String(init.body)),
    };
    calls.push(call);
    const answer = next(routes[`${call.method} ${call.path}`]);
    if (answer === 'network down') throw new TypeError('fetch failed');
    return Response.json(answer.body ?? null, { status: answer.status });
  };
  const provider: NumberProvider = createTelnyxNumbers({
    baseUrl: 'https://api.telnyx.com',
    apiKey: 'KEY0123',
    messagingProfileId: MESSAGING_PROFILE_ID,
    fetch,
  });
  return { provider, calls };
}

function next(route: Answer | Answer[] | undefined): Answer {
  if (route === undefined) return { status: 404, body: fixture('phone-number.error-404.json') };
  if (!Array.isArray(route)) return route;
  const answer = route.length > 1 ? route.shift() : route[0];
  return answer ?? { status: 500 };
}

export const ok = (name: string): Answer => ({ status: 200, body: fixture(name) });

export async function failureOf(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}
