import type { Carrier } from './lookup.js';

/**
 * Our carrier from a carrier's name as lookups give it: the normalised brand ("T-Mobile") or the legal
 * name of the service provider that holds the number ("New Cingular Wireless PCS, LLC" is AT&T,
 * "Cellco Partnership dba Verizon Wireless" is Verizon, "Omnipoint" is T-Mobile). Sprint and Metro are
 * T-Mobile's network now; Cricket runs on AT&T's. A name we do not know is `other`.
 */
const PATTERNS: ReadonlyArray<readonly [Carrier, RegExp]> = [
  [
    'tmobile',
    /\bt-?\s?mobile\b|\bsprint\b|\bmetro\s?pcs\b|\bmetro by\b|\bomnipoint\b|\bvoicestream\b|\bpowertel\b|\bnextel\b/i,
  ],
  ['att', /\bat\s?&\s?t\b|\bat and t\b|\bcingular\b|\bcricket\b/i],
  ['verizon', /\bverizon\b|\bcellco\b/i],
  ['uscellular', /\bu\.?\s?s\.?\s?cellular\b|\bunited states cellular\b|\buscc\b/i],
];

export function carrierFromName(name: string | null | undefined): Carrier | undefined {
  if (!name) return undefined;
  return PATTERNS.find(([, pattern]) => pattern.test(name))?.[0];
}

/** The first of several names (most specific first) that names a carrier we know; `other` if none does. */
export function carrierFromNames(...names: Array<string | null | undefined>): Carrier {
  for (const name of names) {
    const carrier = carrierFromName(name);
    if (carrier) return carrier;
  }
  return 'other';
}
