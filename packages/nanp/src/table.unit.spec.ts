import { describe, expect, it } from 'vitest';
import { GENERATED_AREA_CODES } from './area-codes.generated.js';
import { OVERLAYS } from './overlays.js';
import { SPLIT_TIME_ZONES } from './split-time-zones.js';
import { isUsStateCode } from './states.js';
import { AREA_CODES } from './table.js';

const JANUARY = new Date(Date.UTC(2025, 0, 15, 12));
const JULY = new Date(Date.UTC(2025, 6, 15, 12));

/** A zone's local time as its UTC offsets in winter and summer, e.g. 'GMT-05:00/GMT-04:00'. */
function clockOf(timeZone: string): string {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  const offset = (at: Date) => format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
  return `${offset(JANUARY)}/${offset(JULY)}`;
}

const generated = new Map(GENERATED_AREA_CODES.map((entry) => [entry.areaCode, entry]));

describe('the area-code table', () => {
  it('gives every geographic code at least one valid IANA zone and a US state code', () => {
    for (const info of AREA_CODES.values()) {
      if (info.tollFree) continue;
      expect(info.timeZones.length, info.areaCode).toBeGreaterThan(0);
      for (const zone of info.timeZones)
        expect(() => clockOf(zone), `${info.areaCode} ${zone}`).not.toThrow();
      expect(isUsStateCode(info.stateCode ?? ''), info.areaCode).toBe(true);
    }
  });

  it('has only NANP-shaped codes, each once in the generated data', () => {
    for (const { areaCode } of GENERATED_AREA_CODES) expect(areaCode).toMatch(/^[2-9]\d{2}$/);
    expect(generated.size).toBe(GENERATED_AREA_CODES.length);
  });

  it('holds the generated codes, the overlays and the seven toll-free codes', () => {
    expect(AREA_CODES.size).toBe(GENERATED_AREA_CODES.length + OVERLAYS.length + 7);
  });

  describe('overlays', () => {
    it.each(OVERLAYS)('$areaCode overlays $overlays, a generated code of the same state', (overlay) => {
      expect(generated.has(overlay.areaCode)).toBe(false);
      expect(generated.get(overlay.overlays)?.stateCode).toBe(overlay.stateCode);
    });
  });

  describe('split time zones', () => {
    it.each(Object.entries(SPLIT_TIME_ZONES))(
      '%s lists distinct clocks, one of them its centroid zone',
      (areaCode, zones) => {
        const clocks = zones.map(clockOf);
        expect(zones.length).toBeGreaterThanOrEqual(2);
        expect(new Set(clocks).size).toBe(zones.length);
        const centroidZone = generated.get(areaCode)?.timeZone;
        expect(centroidZone, `${areaCode} must be a generated code`).toBeDefined();
        expect(clocks).toContain(clockOf(centroidZone ?? ''));
      },
    );
  });
});
