import type { AvailableNumber, NumberFeature, NumberSearch } from '../port.js';
import type { TelnyxAvailableNumber } from './wire.js';

/**
 * The query of `GET /available_phone_numbers` for a search: US local numbers that can send SMS, by area code
 * (`national_destination_code`), state (`administrative_area`) and city (`locality`), at most `limit`.
 * One exact number is its area code and `phone_number[starts_with]` its other seven digits ("excludes
 * NDC if used with `national_destination_code` filter"). Telnyx's filters are deepObject
 * (`filter[limit]=10`); its SDK joins arrays with commas, one value here. Null for a number that is not
 * a +1 number: nothing to ask.
 */
export function toSearchQuery(query: NumberSearch): URLSearchParams | null {
  const exact = query.phoneNumber === undefined ? null : /^\+1(\d{3})(\d{7})$/.exec(query.phoneNumber);
  if (query.phoneNumber !== undefined && !exact) return null;
  const params = new URLSearchParams();
  params.set('filter[country_code]', 'US');
  params.set('filter[phone_number_type]', 'local');
  const areaCode = exact?.[1] ?? query.areaCode;
  if (areaCode) params.set('filter[national_destination_code]', areaCode);
  if (exact?.[2]) params.set('filter[phone_number][starts_with]', exact[2]);
  if (query.state) params.set('filter[administrative_area]', query.state.toUpperCase());
  if (query.locality) params.set('filter[locality]', query.locality);
  params.set('filter[features]', 'sms');
  params.set('filter[limit]', String(query.limit));
  return params;
}

const FEATURES: readonly NumberFeature[] = ['sms', 'mms', 'voice'];

/**
 * An available number as the port shows it. Null for an entry without a number (nothing to order) or
 * without its prices: a price is never made up.
 */
export function toAvailableNumber(wire: TelnyxAvailableNumber): AvailableNumber | null {
  const cost = wire.cost_information;
  if (!wire.phone_number || !cost?.monthly_cost || !cost.upfront_cost) return null;
  const region = (type: string) =>
    wire.region_information?.find((info) => info.region_type === type)?.region_name || null;
  const names = (wire.features ?? []).map((feature) => feature.name);
  const currency = cost.currency || 'USD';
  return {
    phoneNumber: wire.phone_number,
    region: region('state'),
    locality: region('location'),
    rateCenter: region('rate_center'),
    features: FEATURES.filter((feature) => names.includes(feature)),
    monthlyCost: { amount: cost.monthly_cost, currency },
    upfrontCost: { amount: cost.upfront_cost, currency },
  };
}

/** The available numbers of Telnyx's answer; only the number itself when one exact number was asked for. */
export function toAvailableNumbers(body: unknown, query: NumberSearch): AvailableNumber[] {
  const data = (body as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) return [];
  return data
    .map((entry) => toAvailableNumber(entry as TelnyxAvailableNumber))
    .filter((number) => number !== null)
    .filter((number) => query.phoneNumber === undefined || number.phoneNumber === query.phoneNumber);
}
