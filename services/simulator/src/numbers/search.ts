import { areaCodeInfo, areaCodesOfState, US_STATE_CODES } from '@longcode/nanp';
import { type TelnyxError, telnyxError } from '../telnyx-errors.js';
import { type DigitPattern, FEATURES } from './inventory.js';

/** What `GET /available_phone_numbers?filter[…]` asks for, once its filters are read. */
export interface SearchFilters {
  areaCodes: string[];
  pattern: DigitPattern;
  limit: number;
}

/** Telnyx documents no default; the simulator's. */
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;

type Query = Record<string, string | string[] | undefined>;

/**
 * Reads Telnyx's deepObject filters (`filter[national_destination_code]=970`). A malformed value is a 400
 * naming the parameter; filters the simulated stock cannot meet (another country, toll-free, a feature
 * it lacks, an unknown area code) find nothing, as a search in an area without coverage.
 */
export function readSearchFilters(
  query: Query,
): { ok: true; filters: SearchFilters } | { ok: false; errors: TelnyxError[] } {
  const value = (name: string) => first(query[`filter[${name}]`] ?? query[`filter[${name}][]`]);
  const errors: TelnyxError[] = [];
  const limit = value('limit') ?? String(DEFAULT_LIMIT);
  if (!/^\d+$/.test(limit) || Number(limit) < 1 || Number(limit) > MAX_LIMIT) {
    errors.push(badParameter('limit', `must be an integer from 1 to ${MAX_LIMIT}`));
  }
  const ndc = value('national_destination_code');
  if (ndc !== undefined && !/^\d{3}$/.test(ndc))
    errors.push(badParameter('national_destination_code', 'must be 3 digits'));
  const state = value('administrative_area');
  if (state !== undefined && !/^[A-Za-z]{2}$/.test(state)) {
    errors.push(badParameter('administrative_area', 'must be a two-letter state code'));
  }
  const pattern = {
    startsWith: digits(value('phone_number][starts_with'), errors, 'starts_with'),
    endsWith: digits(value('phone_number][ends_with'), errors, 'ends_with'),
    contains: digits(value('phone_number][contains'), errors, 'contains'),
  };
  if (errors.length > 0) return { ok: false, errors };
  const stockable =
    (value('country_code') ?? 'US').toUpperCase() === 'US' &&
    (value('phone_number_type') ?? 'local') === 'local' &&
    features(query).every((feature) => (FEATURES as readonly string[]).includes(feature));
  const areaCodes = stockable ? areaCodesFor(ndc, state?.toUpperCase(), value('locality')) : [];
  return { ok: true, filters: { areaCodes, pattern, limit: Number(limit) } };
}

function areaCodesFor(
  ndc: string | undefined,
  state: string | undefined,
  locality: string | undefined,
): string[] {
  const candidates =
    ndc !== undefined ? [ndc] : state !== undefined ? areaCodesOfState(state) : allAreaCodes();
  return candidates.filter((code) => {
    const info = areaCodeInfo(code);
    if (!info || info.tollFree) return false;
    if (state !== undefined && info.stateCode !== state) return false;
    return locality === undefined || (info.city ?? '').toLowerCase().includes(locality.trim().toLowerCase());
  });
}

function allAreaCodes(): string[] {
  return US_STATE_CODES.flatMap((state) => areaCodesOfState(state));
}

/** `filter[features]=sms,mms` (Telnyx's SDK), or the parameter repeated, or `filter[features][]=…`. */
function features(query: Query): string[] {
  const raw = [query['filter[features]'], query['filter[features][]']].flat();
  return raw
    .flatMap((entry) => (entry ?? '').split(','))
    .map((f) => f.trim())
    .filter((f) => f !== '');
}

function digits(raw: string | undefined, errors: TelnyxError[], name: string): string | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{1,7}$/.test(raw)) errors.push(badParameter(`phone_number][${name}`, 'must be 1 to 7 digits'));
  return raw;
}

function first(raw: string | string[] | undefined): string | undefined {
  return Array.isArray(raw) ? raw[0] : raw;
}

function badParameter(name: string, detail: string): TelnyxError {
  return telnyxError('10015', `filter[${name}] ${detail}.`);
}
