/**
 * Overlay codes the generated data lacks (hand-maintained): put into service 2021–2025, after the
 * source was compiled, plus 939 (Puerto Rico, 2001), which the source never had. An overlay serves the
 * same area as the code it overlays, so it takes that code's state, city and time zones.
 *
 * Each was checked against the state commission's announcement and libphonenumber's geocoding data;
 * `since` is the year the code entered service.
 */
export interface Overlay {
  readonly areaCode: string;
  /** The code whose area this one overlays; it must be in the generated data. */
  readonly overlays: string;
  readonly stateCode: string;
  readonly since: number;
}

export const OVERLAYS: readonly Overlay[] = [
  { areaCode: '235', overlays: '573', stateCode: 'MO', since: 2024 }, // Columbia, Jefferson City
  { areaCode: '324', overlays: '904', stateCode: 'FL', since: 2024 }, // Jacksonville
  { areaCode: '329', overlays: '845', stateCode: 'NY', since: 2023 }, // Hudson Valley
  { areaCode: '350', overlays: '209', stateCode: 'CA', since: 2022 }, // Stockton, Modesto
  { areaCode: '353', overlays: '608', stateCode: 'WI', since: 2023 }, // Madison
  { areaCode: '363', overlays: '516', stateCode: 'NY', since: 2023 }, // Nassau County
  { areaCode: '448', overlays: '850', stateCode: 'FL', since: 2021 }, // Florida panhandle
  { areaCode: '472', overlays: '910', stateCode: 'NC', since: 2022 }, // Fayetteville, Wilmington
  { areaCode: '572', overlays: '405', stateCode: 'OK', since: 2021 }, // Oklahoma City
  { areaCode: '582', overlays: '814', stateCode: 'PA', since: 2021 }, // Erie, Altoona
  { areaCode: '645', overlays: '305', stateCode: 'FL', since: 2023 }, // Miami (305/786)
  { areaCode: '656', overlays: '813', stateCode: 'FL', since: 2022 }, // Tampa
  { areaCode: '686', overlays: '804', stateCode: 'VA', since: 2024 }, // Richmond
  { areaCode: '728', overlays: '561', stateCode: 'FL', since: 2023 }, // Palm Beach County
  { areaCode: '738', overlays: '213', stateCode: 'CA', since: 2024 }, // Los Angeles (213/323)
  { areaCode: '748', overlays: '970', stateCode: 'CO', since: 2025 }, // Fort Collins, Grand Junction
  { areaCode: '771', overlays: '202', stateCode: 'DC', since: 2021 }, // Washington
  { areaCode: '821', overlays: '864', stateCode: 'SC', since: 2024 }, // Greenville, Spartanburg
  { areaCode: '826', overlays: '540', stateCode: 'VA', since: 2022 }, // Roanoke, Fredericksburg
  { areaCode: '835', overlays: '610', stateCode: 'PA', since: 2022 }, // Allentown, Reading (610/484)
  { areaCode: '840', overlays: '909', stateCode: 'CA', since: 2021 }, // San Bernardino
  { areaCode: '939', overlays: '787', stateCode: 'PR', since: 2001 }, // Puerto Rico
  { areaCode: '943', overlays: '404', stateCode: 'GA', since: 2022 }, // Atlanta (404/470/678/770)
  { areaCode: '945', overlays: '214', stateCode: 'TX', since: 2021 }, // Dallas (214/469/972)
  { areaCode: '948', overlays: '757', stateCode: 'VA', since: 2022 }, // Norfolk, Virginia Beach
  { areaCode: '983', overlays: '303', stateCode: 'CO', since: 2022 }, // Denver (303/720)
];
