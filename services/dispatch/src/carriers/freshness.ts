import type { Carrier } from '@longcode/providers';
import type { CarrierRow } from './store.js';

export interface FreshnessPolicy {
  /** How long a lookup's answer is trusted: numbers port between carriers. */
  maxAgeMs: number;
  /** How long a number the vendor refused to look up is left alone before it is asked again. */
  refusedRetryMs: number;
}

/**
 * What the cache says of a recipient: its carrier while the answer is fresh (null for a number the vendor
 * refused: it counts against every carrier), and whether to look it up now (never looked up, or stale).
 * A stale answer is not used: the number may have ported since.
 */
export function fromCache(
  row: CarrierRow | undefined,
  now: Date,
  policy: FreshnessPolicy,
): { carrier: Carrier | null; lookUp: boolean } {
  if (!row) return { carrier: null, lookUp: true };
  const age = now.getTime() - row.lookedUpAt.getTime();
  if (row.carrier === 'unknown') return { carrier: null, lookUp: age >= policy.refusedRetryMs };
  return age < policy.maxAgeMs ? { carrier: row.carrier, lookUp: false } : { carrier: null, lookUp: true };
}
