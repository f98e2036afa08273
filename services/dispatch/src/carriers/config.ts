import { enumOf } from '@longcode/kit';
import { numberLookups } from '@longcode/providers';
import { z } from 'zod';

const vendors = Object.keys(numberLookups) as Array<keyof typeof numberLookups>;

/** dispatch's variables for recipients' carrier lookups (spread into its config schema). */
export const carrierLookupFields = {
  /**
   * Who tells which carrier serves a recipient (its own variables, TELNYX_*…, are read too); `none` to
   * pace every message against every carrier. Unset: the messaging provider, when it offers lookups.
   */
  CARRIER_LOOKUP_PROVIDER: enumOf(['none', ...vendors] as [string, ...string[]]).optional(),
  /** How long one lookup may take before its recipient is paced against every carrier. */
  CARRIER_LOOKUP_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(2_000),
  /** Lookups in flight at once, per dispatch instance. */
  CARRIER_LOOKUP_CONCURRENCY: z.coerce.number().int().min(1).max(1_000).default(16),
  /** How long a recipient's carrier is trusted before it is looked up again (numbers port): 30 days. */
  CARRIER_LOOKUP_MAX_AGE_MS: z.coerce
    .number()
    .int()
    .min(60_000)
    .default(30 * 86_400_000),
  /** After a lookup fails (timeout, 5xx), none is tried for this long. */
  CARRIER_LOOKUP_PAUSE_MS: z.coerce.number().int().min(0).default(30_000),
};

/** The lookup vendor to use, if any: the one configured, else the messaging provider's own. */
export function lookupVendorOf(config: {
  CARRIER_LOOKUP_PROVIDER?: string | undefined;
  MESSAGING_PROVIDER: string;
}): keyof typeof numberLookups | undefined {
  const name = config.CARRIER_LOOKUP_PROVIDER ?? config.MESSAGING_PROVIDER;
  return (vendors as string[]).includes(name) ? (name as keyof typeof numberLookups) : undefined;
}
