/**
 * A daily sending window in the recipient's local time: from `start` (inclusive) to `end` (exclusive),
 * both "HH:MM" on a 24-hour clock, start before end (a window never spans midnight). 08:00–21:00 lets a
 * message go at 20:59:59 and holds one at 21:00:00.
 */
export interface LocalWindow {
  readonly start: string;
  readonly end: string;
}

/** A window as minutes since local midnight. */
export interface MinuteWindow {
  readonly start: number;
  readonly end: number;
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutesOf(time: string): number {
  const match = CLOCK_TIME.exec(time);
  if (!match) throw new RangeError(`"${time}" is not a time of day as HH:MM (00:00–23:59)`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The window in minutes; a RangeError for a malformed time or a window that does not run forwards. */
export function toMinuteWindow(window: LocalWindow): MinuteWindow {
  const start = minutesOf(window.start);
  const end = window.end === '24:00' ? 24 * 60 : minutesOf(window.end);
  if (start >= end) throw new RangeError(`window ${window.start}–${window.end} must start before it ends`);
  return { start, end };
}

/** Whether a local minute of the day is inside the window. */
export function isInside(minuteOfDay: number, window: MinuteWindow): boolean {
  return minuteOfDay >= window.start && minuteOfDay < window.end;
}

/** The part of `window` inside `limit`; null when they do not overlap. */
export function clampTo(window: MinuteWindow, limit: MinuteWindow): MinuteWindow | null {
  const start = Math.max(window.start, limit.start);
  const end = Math.min(window.end, limit.end);
  return start < end ? { start, end } : null;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "08:00–21:00". */
export function describeWindow(window: MinuteWindow): string {
  return `${hhmm(window.start)}–${hhmm(window.end)}`;
}

/** "07:59". */
export function describeMinute(minuteOfDay: number): string {
  return hhmm(minuteOfDay);
}
