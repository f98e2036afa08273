/**
 * The earliest instant at which a set of local windows is open at once, each in its own zone.
 *
 * Every stretch of time during which all windows are open begins at an instant at which one of them
 * opens (the last to open), so the answer is the first opening, in any zone, at which all are open.
 * Openings are computed as wall-clock times (instantAt), which is what keeps DST days right: on the
 * day New York springs forward, 08:00 comes 23 hours after the previous 08:00, not 24.
 */
import { addDays, instantAt, minuteOfDayAt, wallClockAt } from './clock.js';
import { isInside, type MinuteWindow } from './window.js';

/** A window that must be open in one zone. */
export interface ZoneWindow {
  readonly zone: string;
  readonly window: MinuteWindow;
}

/** Local days searched from today: two daily windows that overlap at all do so within two days. */
const DAYS_AHEAD = 3;

/** Whether every window is open at `instant`; the first that is closed, if one is. */
export function firstClosed(constraints: readonly ZoneWindow[], instant: Date): ZoneWindow | undefined {
  return constraints.find(({ zone, window }) => !isInside(minuteOfDayAt(instant, zone), window));
}

/** The earliest instant at or after `from` at which every window is open; null if none in the next days. */
export function nextOpen(constraints: readonly ZoneWindow[], from: Date): Date | null {
  if (!firstClosed(constraints, from)) return from;
  const openings = constraints.flatMap(({ zone, window }) => {
    const today = wallClockAt(from, zone);
    return Array.from({ length: DAYS_AHEAD + 1 }, (_, days) =>
      instantAt(zone, addDays(today, days), window.start),
    );
  });
  return (
    openings
      .filter((opening) => opening.getTime() > from.getTime())
      .sort((a, b) => a.getTime() - b.getTime())
      .find((opening) => !firstClosed(constraints, opening)) ?? null
  );
}
