import { describe, expect, it } from 'vitest';
import { addDays, instantAt, wallClockAt } from './clock.js';

const NY = 'America/New_York';

describe('Clock > wall clocks', () => {
  it('reads the local time in a zone, midnight as hour 0', () => {
    expect(wallClockAt(new Date('2025-01-15T05:00:00Z'), NY)).toEqual({
      year: 2025,
      month: 1,
      day: 15,
      hour: 0,
      minute: 0,
      second: 0,
    });
  });
  it('adds calendar days across month and year ends', () => {
    expect(addDays({ year: 2024, month: 12, day: 31 }, 1)).toEqual({ year: 2025, month: 1, day: 1 });
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

describe('Clock > the instant a local time occurs', () => {
  it('in winter and summer', () => {
    expect(instantAt(NY, { year: 2025, month: 1, day: 15 }, 8 * 60).toISOString()).toBe(
      '2025-01-15T13:00:00.000Z',
    );
    expect(instantAt(NY, { year: 2025, month: 7, day: 15 }, 8 * 60).toISOString()).toBe(
      '2025-07-15T12:00:00.000Z',
    );
  });
  it('on the DST days themselves, outside the changed hour', () => {
    expect(instantAt(NY, { year: 2025, month: 3, day: 9 }, 8 * 60).toISOString()).toBe(
      '2025-03-09T12:00:00.000Z',
    );
    expect(instantAt(NY, { year: 2025, month: 11, day: 2 }, 8 * 60).toISOString()).toBe(
      '2025-11-02T13:00:00.000Z',
    );
  });
  it('a time that happens twice (01:30 on fall-back day): the first time', () => {
    expect(instantAt(NY, { year: 2025, month: 11, day: 2 }, 90).toISOString()).toBe(
      '2025-11-02T05:30:00.000Z',
    );
  });
  it('a time that never happens (02:30 on spring-forward day): after the gap, never before it', () => {
    const instant = instantAt(NY, { year: 2025, month: 3, day: 9 }, 150);
    expect(instant.getTime()).toBeGreaterThanOrEqual(Date.parse('2025-03-09T07:00:00Z'));
    expect(wallClockAt(instant, NY).hour).toBe(3);
  });
  it('in a zone without DST', () => {
    expect(instantAt('America/Phoenix', { year: 2025, month: 7, day: 15 }, 8 * 60).toISOString()).toBe(
      '2025-07-15T15:00:00.000Z',
    );
  });
});
