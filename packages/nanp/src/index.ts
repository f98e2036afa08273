/**
 * North American Numbering Plan facts for US numbers: area code → state, city and time zones.
 * Pure and synchronous; the data is compiled in.
 *
 * Sources and limits:
 * - area-codes.generated.ts: the geographic codes of the areacodes@0.2.1 npm package (MIT, compiled
 *   about 2019), corrected by scripts/corrections.ts, with the IANA zone at each area's centroid from
 *   @photostructure/tz-lookup. Regenerate with `pnpm generate`; a unit test fails on drift.
 * - overlays.ts: overlay codes put into service since then (and 939, Puerto Rico), each taking the
 *   state and zones of the code it overlays. Codes activated after this list was written are unknown.
 * - split-time-zones.ts: codes whose area keeps more than one local time; timeZones lists one zone per
 *   clock, the main one first. A number's own zone within such an area is not knowable from the code.
 * - toll-free.ts: 800, 833, 844, 855, 866, 877, 888: no state, no city, no time zone.
 * - An area code says where a number was issued, not where its holder is (numbers are portable).
 * - Canadian and Caribbean NANP codes are not US: areaCodeInfo returns undefined for them.
 */
export { areaCodeInfo, areaCodeOf, areaCodesOfState, isUsNumber } from './lookup.js';
export { isUsStateCode, US_STATE_CODES, US_STATES, type UsStateCode } from './states.js';
export type { AreaCodeInfo } from './table.js';
