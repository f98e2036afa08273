/**
 * Area codes whose area keeps more than one local time (hand-maintained). Each lists one IANA zone per
 * distinct clock, the zone of the most populous part first; these replace the single centroid zone of
 * the generated data. Overlay codes in src/overlays.ts take their parent's list; overlays already in
 * the generated data (986, 930, 364, 458) are listed here like their parents.
 */
export const SPLIT_TIME_ZONES: Readonly<Record<string, readonly string[]>> = {
  // Alaska: Alaska time; the Aleutians west of 169.5°W keep Hawaii–Aleutian time.
  '907': ['America/Anchorage', 'America/Adak'],
  // Arizona keeps no daylight saving time; the Navajo Nation in its north-east does.
  '928': ['America/Phoenix', 'America/Denver'],
  // Florida panhandle: Pensacola, Panama City Central; Tallahassee and the east Eastern.
  '850': ['America/Chicago', 'America/New_York'],
  // Idaho: the south Mountain (Boise); the panhandle north of the Salmon River Pacific.
  '208': ['America/Boise', 'America/Los_Angeles'],
  '986': ['America/Boise', 'America/Los_Angeles'],
  // Indiana: the north-west corner (Gary) Central, with a few Eastern exchanges at its edge.
  '219': ['America/Chicago', 'America/New_York'],
  // Indiana: South Bend, Elkhart Eastern; Starke County Central.
  '574': ['America/Indiana/Indianapolis', 'America/Chicago'],
  // Indiana: Bloomington, Columbus Eastern; Evansville and the south-west Central.
  '812': ['America/Indiana/Indianapolis', 'America/Chicago'],
  '930': ['America/Indiana/Indianapolis', 'America/Chicago'],
  // Kansas: the west-border counties (Greeley, Hamilton; Sherman, Wallace) Mountain.
  '620': ['America/Chicago', 'America/Denver'],
  '785': ['America/Chicago', 'America/Denver'],
  // Kentucky: the west Central; Elizabethtown and the east of the area Eastern.
  '270': ['America/Chicago', 'America/New_York'],
  '364': ['America/Chicago', 'America/New_York'],
  // Kentucky: the east Eastern; Clinton, Cumberland and Russell counties Central.
  '606': ['America/New_York', 'America/Chicago'],
  // Michigan: the Upper Peninsula Eastern; the four counties on the Wisconsin line Central.
  '906': ['America/Detroit', 'America/Chicago'],
  // Nebraska: the west (Scottsbluff, the panhandle) Mountain.
  '308': ['America/Chicago', 'America/Denver'],
  // Nevada: West Wendover and Jackpot on the Utah/Idaho line keep Mountain time.
  '775': ['America/Los_Angeles', 'America/Denver'],
  // North Dakota: the south-west (Dickinson) Mountain.
  '701': ['America/Chicago', 'America/Denver'],
  // Oregon: Malheur County (Ontario) Mountain.
  '541': ['America/Los_Angeles', 'America/Denver'],
  '458': ['America/Los_Angeles', 'America/Denver'],
  // South Dakota: the east Central; the west (Rapid City) Mountain.
  '605': ['America/Chicago', 'America/Denver'],
  // Tennessee: Chattanooga, the Tri-Cities Eastern; Marion, Sequatchie, Bledsoe counties Central.
  '423': ['America/New_York', 'America/Chicago'],
  // Texas: Culberson County (Van Horn, Guadalupe Mountains) keeps Mountain time in practice.
  '432': ['America/Chicago', 'America/Denver'],
};
