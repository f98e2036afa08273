/**
 * The T-Mobile day: its daily caps count from midnight to midnight US Pacific time, so a bucket for
 * "today" starts at a different UTC instant in winter (08:00Z) than in summer (07:00Z), and the days
 * the clocks change last 23 or 25 hours. Uses the runtime's time-zone data (Intl), no dependency.
 */
const pacific = 'America/Los_Angeles';

const wallClockFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: pacific,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: number): WallClock {
  const parts: Record<string, number> = {};
  for (const part of wallClockFormat.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? Number.NaN,
    month: parts.month ?? Number.NaN,
    day: parts.day ?? Number.NaN,
    hour: parts.hour ?? Number.NaN,
    minute: parts.minute ?? Number.NaN,
    second: parts.second ?? Number.NaN,
  };
}

/** How far Pacific wall-clock time is ahead of UTC at an instant, in ms (negative: -7 h or -8 h). */
function offsetAt(instant: number): number {
  const wall = wallClock(instant);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant Pacific midnight starts a calendar date. The offset is read at a first guess, then again
 * at the instant that guess gives, which settles it on days the clocks change (they change at 02:00,
 * so midnight itself always exists once).
 */
function pacificMidnight(year: number, month: number, day: number): Date {
  const midnightAsUtc = Date.UTC(year, month - 1, day);
  const guess = midnightAsUtc - offsetAt(midnightAsUtc);
  return new Date(midnightAsUtc - offsetAt(guess));
}

/** The current T-Mobile day as UTC instants: `start` inclusive, `end` exclusive (the next day's start). */
export function tmobileDayWindow(now: Date): { start: Date; end: Date } {
  const instant = now.getTime();
  if (Number.isNaN(instant)) throw new RangeError('tmobileDayWindow needs a valid date');
  const today = wallClock(instant);
  const tomorrow = new Date(Date.UTC(today.year, today.month - 1, today.day + 1));
  return {
    start: pacificMidnight(today.year, today.month, today.day),
    end: pacificMidnight(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth() + 1, tomorrow.getUTCDate()),
  };
}
