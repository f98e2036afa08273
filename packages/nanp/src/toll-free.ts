/**
 * The toll-free codes in service (hand-maintained). Non-geographic: no state, city or time zone.
 * The source data also lists 822, 880–887 and 889, codes set aside for toll-free expansion but not in
 * service; they are left out.
 */
export const TOLL_FREE_AREA_CODES: readonly string[] = Object.freeze([
  '800',
  '833',
  '844',
  '855',
  '866',
  '877',
  '888',
]);
