import type { LocalWindow } from '../schedule/index.js';

const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** A campaign's window (minutes after local midnight) as the schedule reads it ("HH:MM"). */
export function startOf(window: { startMinute: number; endMinute: number }): LocalWindow {
  return {
    start: hhmm(window.startMinute),
    end: window.endMinute >= 24 * 60 ? '24:00' : hhmm(window.endMinute),
  };
}
