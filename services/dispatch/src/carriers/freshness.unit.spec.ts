import { describe, expect, it } from 'vitest';
import { fromCache } from './freshness.js';
import type { CarrierRow } from './store.js';

const DAY = 86_400_000;
const policy = { maxAgeMs: 30 * DAY, refusedRetryMs: DAY };
const now = new Date('2026-11-02T15:00:00Z');
const row = (carrier: CarrierRow['carrier'], ageMs: number): CarrierRow => ({
  phoneNumber: '+12065550142',
  carrier,
  lineType: 'mobile',
  carrierName: null,
  lookedUpAt: new Date(now.getTime() - ageMs),
});

describe('Recipient carrier freshness', () => {
  it('looks up a recipient never looked up; unknown meanwhile', () => {
    expect(fromCache(undefined, now, policy)).toEqual({ carrier: null, lookUp: true });
  });
  it('trusts an answer younger than the maximum age', () => {
    expect(fromCache(row('tmobile', 29 * DAY), now, policy)).toEqual({ carrier: 'tmobile', lookUp: false });
  });
  it('does not trust an older one (the number may have ported) and looks it up again', () => {
    expect(fromCache(row('tmobile', 30 * DAY), now, policy)).toEqual({ carrier: null, lookUp: true });
  });
  it('leaves a number the vendor refused unknown, asking again only after a day', () => {
    expect(fromCache(row('unknown', DAY - 1), now, policy)).toEqual({ carrier: null, lookUp: false });
    expect(fromCache(row('unknown', DAY), now, policy)).toEqual({ carrier: null, lookUp: true });
  });
});
