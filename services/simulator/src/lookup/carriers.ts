import { fnv1a, mulberry32 } from '../messaging/random.js';

/** The carriers the simulator places numbers on, as Longcode's lookup port names them. */
export const SIMULATED_CARRIERS = ['att', 'tmobile', 'verizon', 'uscellular', 'other'] as const;
export type SimulatedCarrier = (typeof SIMULATED_CARRIERS)[number];

/** What a lookup of a number answers: its carrier, or a failure (`error`: Telnyx answers 503). */
export type LookupOutcome = SimulatedCarrier | 'error';

/** Shares of numbers per carrier (they need not add up to 1: each is divided by their sum). */
export type CarrierMix = Partial<Record<SimulatedCarrier, number>>;

/** A number's outcome by its longest matching prefix (an E.164 number, or the start of one). */
export type CarrierOverrides = ReadonlyArray<{ prefix: string; outcome: LookupOutcome }>;

export interface CarrierRules {
  mix: CarrierMix;
  overrides: CarrierOverrides;
}

/**
 * Roughly the US market by subscribers: Verizon, T-Mobile (Sprint and Metro included) and AT&T about a
 * third each, US Cellular and the rest a few percent.
 */
export const US_MARKET_MIX: CarrierMix = {
  verizon: 0.33,
  tmobile: 0.31,
  att: 0.31,
  uscellular: 0.01,
  other: 0.04,
};

/**
 * Which carrier serves a number: the longest override prefix that matches it, else a draw from the mix
 * seeded by the number itself, so one number always has the same carrier (across runs as well).
 */
export function carrierOf(phoneNumber: string, rules: CarrierRules): LookupOutcome {
  let best: { prefix: string; outcome: LookupOutcome } | undefined;
  for (const o of rules.overrides) {
    if (phoneNumber.startsWith(o.prefix) && o.prefix.length > (best?.prefix.length ?? -1)) best = o;
  }
  if (best) return best.outcome;
  const shares = SIMULATED_CARRIERS.map((c) => [c, Math.max(0, rules.mix[c] ?? 0)] as const);
  const total = shares.reduce((sum, [, share]) => sum + share, 0);
  if (total === 0) return 'other';
  let draw = mulberry32(fnv1a(`lookup/${phoneNumber}`))() * total;
  for (const [carrier, share] of shares) {
    if (draw < share) return carrier;
    draw -= share;
  }
  return 'other';
}
