/**
 * Hand-maintained corrections to the areacodes package's data, applied when generating
 * src/area-codes.generated.ts. Each says why, so a reviewer can check it.
 */

export interface Location {
  readonly latitude: number;
  readonly longitude: number;
}

/** Codes the source lists that were reserved for relief plans later cancelled: never in service. */
export const NEVER_IN_SERVICE: readonly string[] = [
  '278', // Michigan, planned overlay of 734; cancelled
  '627', // California, planned split of 707; cancelled
  '679', // Michigan, planned overlay of 313; cancelled
];

/** Centroids the source has wrong, replaced by the principal city's coordinates. */
export const LOCATION_FIXES: Readonly<Record<string, Location>> = {
  '907': { latitude: 61.2181, longitude: -149.9003 }, // Anchorage; the source's point is in the Atlantic
};

/** Geographic codes in service long before 2019 that the source lacks entirely. */
export const MISSING_FROM_SOURCE: Readonly<
  Record<string, { readonly stateCode: string; readonly city: string; readonly location: Location }>
> = {
  '787': { stateCode: 'PR', city: 'San Juan', location: { latitude: 18.4655, longitude: -66.1057 } },
};
