import { z } from 'zod';
import {
  type CarrierMix,
  type CarrierOverrides,
  type LookupOutcome,
  SIMULATED_CARRIERS,
  US_MARKET_MIX,
} from './carriers.js';

const OUTCOMES: readonly string[] = [...SIMULATED_CARRIERS, 'error'];

/** `att:0.31,tmobile:0.31,verizon:0.33,uscellular:0.01,other:0.04`: each carrier's share of numbers. */
export function carrierMix() {
  return z
    .string()
    .transform((raw, ctx): CarrierMix => {
      const mix: CarrierMix = {};
      for (const part of raw
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)) {
        const [carrier, share] = part.split(':').map((p) => p.trim());
        const value = Number(share);
        if (!carrier || !(SIMULATED_CARRIERS as readonly string[]).includes(carrier) || !(value >= 0)) {
          ctx.addIssue({
            code: 'custom',
            message: `expected carrier:share pairs (carriers ${SIMULATED_CARRIERS.join(', ')}), got ${JSON.stringify(part)}`,
          });
          return z.NEVER;
        }
        mix[carrier as keyof CarrierMix] = value;
      }
      return mix;
    })
    .default(US_MARKET_MIX);
}

/**
 * `+1206=tmobile,+13125550000=verizon,+1555=error`: numbers starting with a prefix (or one number) on a
 * carrier, or failing to be looked up (`error`); the longest matching prefix wins.
 */
export function carrierOverrides() {
  return z
    .string()
    .transform((raw, ctx): CarrierOverrides => {
      const overrides: Array<{ prefix: string; outcome: LookupOutcome }> = [];
      for (const part of raw
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)) {
        const [prefix, outcome] = part.split('=').map((p) => p.trim());
        if (!prefix || !/^\+\d{1,15}$/.test(prefix) || !outcome || !OUTCOMES.includes(outcome)) {
          ctx.addIssue({
            code: 'custom',
            message: `expected +prefix=carrier pairs (carriers ${OUTCOMES.join(', ')}), got ${JSON.stringify(part)}`,
          });
          return z.NEVER;
        }
        overrides.push({ prefix, outcome: outcome as LookupOutcome });
      }
      return overrides;
    })
    .default([]);
}
