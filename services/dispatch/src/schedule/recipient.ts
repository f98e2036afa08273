/**
 * Where a recipient is presumed to be, and the legal limits that follow, from the area code alone.
 *
 * - Federal: telephone solicitations only from 08:00 to 21:00 at the called party's location
 *   (47 CFR 64.1200(c)(1)).
 * - Florida (Fla. Stat. § 501.616(6)(a)–(b), as amended in 2021), Oklahoma (Telephone Solicitation Act of
 *   2022, Okla. Stat. tit. 15, § 775C.1 ff.) and Maryland (Stop the Spam Calls Act of 2023, Md. Code, Com.
 *   Law § 14-4501 ff., in force 1 January 2024): 08:00 to 20:00 in the called party's time zone, and no
 *   more than three solicitations on the same subject in 24 hours. Florida and Oklahoma presume that a
 *   number with one of the state's area codes belongs to someone in the state, which is what this does.
 * - An area code that keeps several local times: the window must be open in every one of them.
 * - Toll-free or unknown area codes (or a number that is not +1 NANP): the holder could be anywhere, so
 *   the strictest rules everywhere: the 08:00–20:00 window and the cap, in every time zone of the fifty
 *   states, Eastern to Hawaii. In practice that is 13:00/14:00–20:00 Eastern.
 */
import { areaCodeInfo, areaCodeOf } from '@longcode/nanp';
import { type MinuteWindow, toMinuteWindow } from './window.js';

/** The legal limits for marketing-type messages to one recipient. */
export interface RecipientRules {
  /** USPS code of the presumed state; null when toll-free or unknown. */
  readonly stateCode: string | null;
  /** Every IANA zone the recipient may be in; the window must be open in all of them. */
  readonly timeZones: readonly string[];
  readonly legalWindow: MinuteWindow;
  /** Most solicitations per rolling 24 hours; null where no law caps them. */
  readonly maxPer24h: number | null;
  /** The rule, for reasons and logs. */
  readonly basis: string;
}

interface StateLaw {
  readonly window: MinuteWindow;
  readonly maxPer24h: number;
  readonly basis: string;
}

const FEDERAL_WINDOW = toMinuteWindow({ start: '08:00', end: '21:00' });
const FEDERAL_BASIS = '47 CFR 64.1200(c)(1)';
const EIGHT_TO_EIGHT = toMinuteWindow({ start: '08:00', end: '20:00' });

const STATE_LAWS: Readonly<Record<string, StateLaw>> = {
  FL: { window: EIGHT_TO_EIGHT, maxPer24h: 3, basis: 'Fla. Stat. § 501.616(6)' },
  OK: { window: EIGHT_TO_EIGHT, maxPer24h: 3, basis: 'Okla. Stat. tit. 15, § 775C.1 ff.' },
  MD: { window: EIGHT_TO_EIGHT, maxPer24h: 3, basis: 'Md. Code, Com. Law § 14-4501 ff.' },
};

/** One zone per distinct clock of the fifty states, east to west. */
export const ALL_US_TIME_ZONES: readonly string[] = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'America/Adak',
  'Pacific/Honolulu',
];

const UNKNOWN_LOCATION: RecipientRules = {
  stateCode: null,
  timeZones: ALL_US_TIME_ZONES,
  legalWindow: EIGHT_TO_EIGHT,
  maxPer24h: 3,
  basis: 'location unknown (toll-free or unknown area code): the strictest state rules in every US zone',
};

/** The presumed location and legal limits for a recipient's E.164 number. */
export function recipientRules(to: string): RecipientRules {
  const areaCode = areaCodeOf(to);
  const info = areaCode === null ? undefined : areaCodeInfo(areaCode);
  if (!info || info.tollFree || info.stateCode === null || info.timeZones.length === 0)
    return UNKNOWN_LOCATION;
  const law = STATE_LAWS[info.stateCode];
  return {
    stateCode: info.stateCode,
    timeZones: info.timeZones,
    legalWindow: law?.window ?? FEDERAL_WINDOW,
    maxPer24h: law?.maxPer24h ?? null,
    basis: law ? `${law.basis} and ${FEDERAL_BASIS}` : FEDERAL_BASIS,
  };
}
