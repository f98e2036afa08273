import { GENERATED_AREA_CODES, type GeneratedAreaCode } from './area-codes.generated.js';
import { OVERLAYS } from './overlays.js';
import { SPLIT_TIME_ZONES } from './split-time-zones.js';
import { isUsStateCode, US_STATES } from './states.js';
import { TOLL_FREE_AREA_CODES } from './toll-free.js';

/** What is known of one US area code (a state's, a territory's, or toll-free). */
export interface AreaCodeInfo {
  readonly areaCode: string;
  /** USPS code of the state or territory; null for toll-free. */
  readonly stateCode: string | null;
  readonly stateName: string | null;
  /** One IANA zone per local time kept in the area, the main one first; empty for toll-free. */
  readonly timeZones: readonly string[];
  readonly tollFree: boolean;
  /** The area's principal city in the source data; null for toll-free. */
  readonly city: string | null;
}

function geographic(areaCode: string, entry: GeneratedAreaCode, timeZones: readonly string[]): AreaCodeInfo {
  if (!isUsStateCode(entry.stateCode)) throw new Error(`${areaCode}: unknown state ${entry.stateCode}`);
  return Object.freeze({
    areaCode,
    stateCode: entry.stateCode,
    stateName: US_STATES[entry.stateCode],
    timeZones: Object.freeze([...timeZones]),
    tollFree: false,
    city: entry.city,
  });
}

function tollFree(areaCode: string): AreaCodeInfo {
  return Object.freeze({
    areaCode,
    stateCode: null,
    stateName: null,
    timeZones: Object.freeze([]),
    tollFree: true,
    city: null,
  });
}

function buildTable(): ReadonlyMap<string, AreaCodeInfo> {
  const generated = new Map(GENERATED_AREA_CODES.map((entry) => [entry.areaCode, entry]));
  const table = new Map<string, AreaCodeInfo>();
  for (const entry of GENERATED_AREA_CODES) {
    const zones = SPLIT_TIME_ZONES[entry.areaCode] ?? [entry.timeZone];
    table.set(entry.areaCode, geographic(entry.areaCode, entry, zones));
  }
  for (const overlay of OVERLAYS) {
    const parent = generated.get(overlay.overlays);
    if (!parent || table.has(overlay.areaCode)) throw new Error(`bad overlay ${overlay.areaCode}`);
    const zones = SPLIT_TIME_ZONES[parent.areaCode] ?? [parent.timeZone];
    table.set(overlay.areaCode, geographic(overlay.areaCode, parent, zones));
  }
  for (const areaCode of TOLL_FREE_AREA_CODES) table.set(areaCode, tollFree(areaCode));
  return table;
}

function byState(table: ReadonlyMap<string, AreaCodeInfo>): ReadonlyMap<string, readonly string[]> {
  const codes = new Map<string, string[]>();
  for (const info of table.values()) {
    if (info.stateCode === null) continue;
    codes.set(info.stateCode, [...(codes.get(info.stateCode) ?? []), info.areaCode]);
  }
  return new Map([...codes].map(([state, list]) => [state, Object.freeze(list.sort())]));
}

/** Every known US area code: generated data, overlays and toll-free codes. Immutable. */
export const AREA_CODES: ReadonlyMap<string, AreaCodeInfo> = buildTable();

/** The geographic area codes of each state or territory, sorted. */
export const AREA_CODES_BY_STATE: ReadonlyMap<string, readonly string[]> = byState(AREA_CODES);
