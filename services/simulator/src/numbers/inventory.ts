import { createHash } from 'node:crypto';
import { areaCodeInfo, areaCodeOf } from '@longcode/nanp';
import type { AvailablePhoneNumber } from './wire.js';

/**
 * The simulated carrier's stock of numbers: deterministic, derived from a seed, so the same search gives
 * the same numbers (less those taken since). Numbers are US geographic NANP numbers (area code and
 * exchange 2–9), never a service code (N11 exchange) nor the 555 exchange (555-01XX is fiction).
 */

/** What every simulated number offers, Telnyx's feature names. */
export const FEATURES = ['sms', 'mms', 'voice', 'fax', 'emergency'] as const;

/** Telnyx's usual US local prices, decimal strings. */
const MONTHLY_COST = '1.00';
const UPFRONT_COST = '1.00';

/** How many candidates one search looks at, at most: enough for a pattern to match, bounded. */
const MAX_CANDIDATES = 20_000;

/** A pattern on the seven digits after the area code, as Telnyx's `filter[phone_number][…]`. */
export interface DigitPattern {
  startsWith?: string;
  endsWith?: string;
  contains?: string;
}

export interface InventorySearch {
  seed: string;
  /** The area codes to draw from, in turn. */
  areaCodes: readonly string[];
  pattern: DigitPattern;
  limit: number;
  isTaken(e164: string): boolean;
}

/** Whether the number exists to be sold: a US geographic number outside the reserved exchanges. */
export function isOfferable(e164: string): boolean {
  const areaCode = areaCodeOf(e164);
  const info = areaCode === null ? undefined : areaCodeInfo(areaCode);
  return info !== undefined && !info.tollFree && !isReservedExchange(e164.slice(5, 8));
}

function isReservedExchange(exchange: string): boolean {
  return exchange.endsWith('11') || exchange === '555';
}

/** The numbers a search finds, the area codes taking turns; a complete pattern names its one number. */
export function searchInventory(search: InventorySearch): string[] {
  const { areaCodes, pattern, limit, isTaken } = search;
  const found: string[] = [];
  const exact = pattern.startsWith?.length === 7 ? pattern.startsWith : null;
  const candidates = exact ? areaCodes.map((code) => `+1${code}${exact}`) : generated(search);
  for (const e164 of candidates) {
    if (found.length >= limit) break;
    if (!isOfferable(e164) || isTaken(e164) || found.includes(e164) || !matches(e164, pattern)) continue;
    found.push(e164);
  }
  return found;
}

function* generated({ seed, areaCodes }: InventorySearch): Generator<string> {
  if (areaCodes.length === 0) return;
  for (let k = 0; k < MAX_CANDIDATES; k++) {
    const areaCode = areaCodes[k % areaCodes.length] as string;
    const digest = createHash('sha256')
      .update(`${seed}|${areaCode}|${Math.floor(k / areaCodes.length)}`)
      .digest();
    const exchange = 200 + (digest.readUInt16BE(0) % 800);
    const line = digest.readUInt16BE(2) % 10_000;
    yield `+1${areaCode}${exchange}${String(line).padStart(4, '0')}`;
  }
}

function matches(e164: string, { startsWith, endsWith, contains }: DigitPattern): boolean {
  const digits = e164.slice(5);
  return (
    (!startsWith || digits.startsWith(startsWith)) &&
    (!endsWith || digits.endsWith(endsWith)) &&
    (!contains || digits.includes(contains))
  );
}

/** The number as Telnyx's search answers it, with its state and its area's city. */
export function availableNumber(e164: string): AvailablePhoneNumber {
  const info = areaCodeInfo(areaCodeOf(e164) ?? '');
  const regions: AvailablePhoneNumber['region_information'] = [];
  if (info?.stateCode) regions.push({ region_type: 'state', region_name: info.stateCode });
  regions.push({ region_type: 'country_code', region_name: 'US' });
  if (info?.city) {
    regions.push({ region_type: 'rate_center', region_name: info.city.toUpperCase() });
    regions.push({ region_type: 'location', region_name: info.city });
  }
  return {
    phone_number: e164,
    record_type: 'available_phone_number',
    phone_number_type: 'local',
    best_effort: false,
    reservable: true,
    quickship: true,
    vanity_format: null,
    features: FEATURES.map((name) => ({ name })),
    cost_information: { currency: 'USD', monthly_cost: MONTHLY_COST, upfront_cost: UPFRONT_COST },
    region_information: regions,
  };
}
