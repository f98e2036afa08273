/**
 * Wall-clock arithmetic in IANA time zones with nothing but Intl.DateTimeFormat (Node 20 has no Temporal).
 * Pure: the instant always comes in as an argument.
 */

/** A local calendar date and time of day, as a clock on the wall in some zone shows it. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** A local calendar date. */
export type LocalDate = Pick<WallClock, 'year' | 'month' | 'day'>;

const DAY_MS = 86_400_000;

/** One formatter per zone: building them is the slow part of Intl, and they hold no state. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** What a clock in `zone` shows at `instant`. Throws a RangeError for a zone Intl does not know. */
export function wallClockAt(instant: Date | number, zone: string): WallClock {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 0,
    month: fields.month ?? 0,
    day: fields.day ?? 0,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

/** The wall clock read as if it were UTC, in epoch milliseconds: makes wall clocks comparable. */
function wallAsUtc(wall: WallClock): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** The zone's offset from UTC at `epochMs`, in milliseconds (New York in winter: −5 h). */
function offsetAt(epochMs: number, zone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return wallAsUtc(wallClockAt(wholeSecond, zone)) - wholeSecond;
}

/** Minutes since local midnight at `instant` in `zone` (seconds dropped). */
export function minuteOfDayAt(instant: Date | number, zone: string): number {
  const wall = wallClockAt(instant, zone);
  return wall.hour * 60 + wall.minute;
}

/** The local date `days` after `date` (calendar arithmetic, no zone involved). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/**
 * The instant at which a clock in `zone` shows `minuteOfDay` on `date`.
 * - Fall-back (the time happens twice): the first occurrence.
 * - Spring-forward (the time never happens): the instant the skipped hour would have taken at the old
 *   offset, which the clock shows as an hour later; never earlier than the true edge of the gap.
 */
export function instantAt(zone: string, date: LocalDate, minuteOfDay: number): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minuteOfDay);
  // A zone's offset changes at most once around a day: sampling a day either side sees both values.
  const offsets = new Set([offsetAt(wall - DAY_MS, zone), offsetAt(wall + DAY_MS, zone)]);
  const candidates = [...offsets].map((offset) => wall - offset).sort((a, b) => a - b);
  const exact = candidates.find((epochMs) => wallAsUtc(wallClockAt(epochMs, zone)) === wall);
  return new Date(exact ?? Math.max(...candidates));
}
