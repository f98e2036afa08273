import { describe, expect, it } from 'vitest';
import { tmobileDayWindow } from './pacific-day.js';

const at = (iso: string) => new Date(iso);
const hours = (window: { start: Date; end: Date }) =>
  (window.end.getTime() - window.start.getTime()) / 3_600_000;

describe('Carrier throughput > T-Mobile day window', () => {
  describe('when it is winter (Pacific Standard Time, UTC-8)', () => {
    it('runs from 08:00Z to 08:00Z the next day, 24 hours', () => {
      const window = tmobileDayWindow(at('2026-01-15T20:00:00Z'));
      expect(window).toEqual({ start: at('2026-01-15T08:00:00Z'), end: at('2026-01-16T08:00:00Z') });
      expect(hours(window)).toBe(24);
    });
  });

  describe('when it is summer (Pacific Daylight Time, UTC-7)', () => {
    it('runs from 07:00Z to 07:00Z the next day, 24 hours', () => {
      const window = tmobileDayWindow(at('2026-07-15T20:00:00Z'));
      expect(window).toEqual({ start: at('2026-07-15T07:00:00Z'), end: at('2026-07-16T07:00:00Z') });
      expect(hours(window)).toBe(24);
    });
  });

  describe('when the clocks spring forward (2026-03-08, 02:00 PST becomes 03:00 PDT)', () => {
    const day = { start: at('2026-03-08T08:00:00Z'), end: at('2026-03-09T07:00:00Z') };

    it.each([
      ['just after midnight', '2026-03-08T08:00:01Z'],
      ['just before the change', '2026-03-08T09:59:59Z'],
      ['just after the change', '2026-03-08T10:00:00Z'],
      ['late in the evening', '2026-03-09T06:59:59.999Z'],
    ])('gives the same 23-hour day %s', (_moment, now) => {
      const window = tmobileDayWindow(at(now));
      expect(window).toEqual(day);
      expect(hours(window)).toBe(23);
    });
  });

  describe('when the clocks fall back (2026-11-01, 02:00 PDT becomes 01:00 PST)', () => {
    const day = { start: at('2026-11-01T07:00:00Z'), end: at('2026-11-02T08:00:00Z') };

    it.each([
      ['just after midnight', '2026-11-01T07:00:01Z'],
      ['in the first 01:30 (PDT)', '2026-11-01T08:30:00Z'],
      ['in the repeated 01:30 (PST)', '2026-11-01T09:30:00Z'],
      ['late in the evening', '2026-11-02T07:59:59.999Z'],
    ])('gives the same 25-hour day %s', (_moment, now) => {
      const window = tmobileDayWindow(at(now));
      expect(window).toEqual(day);
      expect(hours(window)).toBe(25);
    });
  });

  describe('when it is exactly Pacific midnight', () => {
    it('starts the new day at that instant', () => {
      expect(tmobileDayWindow(at('2026-03-09T07:00:00Z'))).toEqual({
        start: at('2026-03-09T07:00:00Z'),
        end: at('2026-03-10T07:00:00Z'),
      });
    });

    it('starts the first standard-time day at 08:00Z', () => {
      expect(tmobileDayWindow(at('2026-11-02T08:00:00Z'))).toEqual({
        start: at('2026-11-02T08:00:00Z'),
        end: at('2026-11-03T08:00:00Z'),
      });
    });

    it('leaves the millisecond before it in the previous day', () => {
      expect(tmobileDayWindow(at('2026-01-16T07:59:59.999Z'))).toEqual({
        start: at('2026-01-15T08:00:00Z'),
        end: at('2026-01-16T08:00:00Z'),
      });
    });
  });

  describe('when UTC has already moved to the next date', () => {
    it('still gives the Pacific date, across a month and a year end', () => {
      expect(tmobileDayWindow(at('2027-01-01T03:00:00Z'))).toEqual({
        start: at('2026-12-31T08:00:00Z'),
        end: at('2027-01-01T08:00:00Z'),
      });
    });
  });

  describe('when the date is invalid', () => {
    it('refuses it', () => {
      expect(() => tmobileDayWindow(new Date(Number.NaN))).toThrow(RangeError);
    });
  });
});
