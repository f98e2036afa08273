import { callTelnyx, type Fetch, telnyxApiRoot } from '@longcode/telnyx';
import type { NumberLookup } from '../src/lookup.js';
import { toNumberInfo } from './lookup-answer.js';

export interface TelnyxLookupOptions {
  /** Telnyx's API origin (or the simulator's); its `/v2` root is accepted too. */
  baseUrl: string;
  apiKey: string;
  /** How long one lookup may take; a slow lookup must not hold sending up. 2 s unless given. */
  timeoutMs?: number;
  fetch?: Fetch;
}

/**
 * Carrier lookups through Telnyx's Number Lookup API (`type=carrier`; the portability record comes with
 * every North American lookup). Failures are ProviderErrors: retriable for timeouts, network failures,
 * 429 and 5xx; not for other 4xx (a number Telnyx will not look up, such as a Canadian one on an account
 * without Canadian data).
 */
export function createTelnyxLookup(options: TelnyxLookupOptions): NumberLookup {
  const { apiKey, timeoutMs = 2_000 } = options;
  const fetch = options.fetch ?? globalThis.fetch;
  const root = new URL(`${telnyxApiRoot(options.baseUrl)}/number_lookup/`).href; // a bad baseUrl fails at start
  return {
    async lookup(phoneNumber) {
      const url = `${root}${encodeURIComponent(phoneNumber)}?type=carrier`;
      const body = await callTelnyx({ fetch, method: 'GET', url, apiKey, timeoutMs });
      return toNumberInfo(body, phoneNumber);
    },
  };
}
