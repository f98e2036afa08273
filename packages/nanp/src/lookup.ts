import { AREA_CODES, AREA_CODES_BY_STATE, type AreaCodeInfo } from './table.js';

/** +1, then a NANP number: area code and exchange each start 2–9. */
const NANP_E164 = /^\+1([2-9]\d{2})[2-9]\d{6}$/;

/** The area code of a +1 number in E.164 (`+12025550123` → '202'); null for anything else. */
export function areaCodeOf(e164: string): string | null {
  return NANP_E164.exec(e164)?.[1] ?? null;
}

/** What is known of a US area code (incl. territories and toll-free); undefined if unknown or not US. */
export function areaCodeInfo(areaCode: string): AreaCodeInfo | undefined {
  return AREA_CODES.get(areaCode);
}

/** The geographic area codes of a state or territory ('ny' or 'NY'), sorted; empty if unknown. */
export function areaCodesOfState(stateCode: string): string[] {
  return [...(AREA_CODES_BY_STATE.get(stateCode.toUpperCase()) ?? [])];
}

/** A valid +1 NANP number whose area code is a known US geographic (incl. territories) or toll-free code. */
export function isUsNumber(e164: string): boolean {
  const areaCode = areaCodeOf(e164);
  return areaCode !== null && AREA_CODES.has(areaCode);
}
