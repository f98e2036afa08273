import { describe, expect, it } from 'vitest';
import { carrierThroughput } from './throughput.js';
import type { ThroughputInput } from './types.js';

const campaign = (overrides: Partial<ThroughputInput> = {}): ThroughputInput => ({
  entityType: 'PRIVATE_PROFIT',
  brandKind: 'STANDARD',
  vettingScore: 80,
  governmentEntityVerified: false,
  useCase: 'CUSTOMER_CARE',
  specialApproved: false,
  ...overrides,
});

const tmobile = (overrides: Partial<ThroughputInput> = {}) => carrierThroughput(campaign(overrides)).tmobile;

describe('Carrier throughput > T-Mobile', () => {
  describe('when the vetting score is 75 or more', () => {
    it.each([75, 100])('gives the top tier and its daily cap of 200,000 (score %i)', (score) => {
      expect(tmobile({ vettingScore: score })).toMatchObject({
        capped: true,
        tier: 'TOP',
        dailyCap: 200_000,
      });
    });
  });

  describe('when the vetting score is 50 to 74', () => {
    it.each([50, 74])('gives the high-mid tier and 40,000 a day (score %i)', (score) => {
      expect(tmobile({ vettingScore: score })).toMatchObject({ tier: 'HIGH_MID', dailyCap: 40_000 });
    });
  });

  describe('when the vetting score is 25 to 49', () => {
    it.each([25, 49])('gives the low-mid tier and 10,000 a day (score %i)', (score) => {
      expect(tmobile({ vettingScore: score })).toMatchObject({ tier: 'LOW_MID', dailyCap: 10_000 });
    });
  });

  describe('when the vetting score is below 25', () => {
    it.each([0, 1, 24])('gives the low tier and 2,000 a day (score %i)', (score) => {
      expect(tmobile({ vettingScore: score })).toMatchObject({ tier: 'LOW', dailyCap: 2_000 });
    });
  });

  describe('when the brand is unvetted', () => {
    it('gives the low tier and 2,000 a day', () => {
      expect(tmobile({ vettingScore: null })).toMatchObject({ tier: 'LOW', dailyCap: 2_000 });
    });

    it('gives a low-volume brand the low tier too', () => {
      expect(tmobile({ brandKind: 'LOW_VOLUME', vettingScore: null })).toMatchObject({ tier: 'LOW' });
    });
  });

  describe('when any cap applies', () => {
    it('is one pool for the whole brand, counted per US Pacific day', () => {
      expect(tmobile()).toEqual({
        capped: true,
        tier: 'TOP',
        dailyCap: 200_000,
        sharedBy: 'BRAND',
        resetTimeZone: 'America/Los_Angeles',
      });
    });

    it('is the same for every standard or special campaign of a brand', () => {
      const caps = [
        tmobile({ useCase: '2FA' }),
        tmobile({ useCase: 'MARKETING' }),
        tmobile({ useCase: 'MIXED' }),
        tmobile({ useCase: 'POLITICAL', specialApproved: true }),
        tmobile({ useCase: 'PROXY', specialApproved: true }),
      ];
      expect(new Set(caps.map((cap) => JSON.stringify(cap))).size).toBe(1);
    });
  });

  describe('when the campaign is LOW_VOLUME', () => {
    it('stays at the low tier, 2,000 a day, however well the brand is vetted', () => {
      expect(tmobile({ useCase: 'LOW_VOLUME', vettingScore: 100 })).toMatchObject({
        tier: 'LOW',
        dailyCap: 2_000,
      });
    });
  });

  describe('when the campaign has a special use case', () => {
    it.each([
      [null, 'LOW'],
      [60, 'HIGH_MID'],
      [90, 'TOP'],
    ] as const)('keeps the brand tier its score gives (score %s: %s)', (score, tier) => {
      expect(tmobile({ useCase: 'EMERGENCY', specialApproved: true, vettingScore: score })).toMatchObject({
        tier,
      });
    });
  });

  describe('when the brand is a sole proprietor', () => {
    it('gives the sole-proprietor tier and 1,000 a day', () => {
      expect(
        tmobile({
          entityType: 'SOLE_PROPRIETOR',
          brandKind: 'SOLE_PROPRIETOR',
          useCase: 'SOLE_PROPRIETOR',
          vettingScore: null,
        }),
      ).toMatchObject({ capped: true, tier: 'SOLE_PROPRIETOR', dailyCap: 1_000, sharedBy: 'BRAND' });
    });
  });

  describe('when the brand is a verified government entity', () => {
    const government = {
      entityType: 'GOVERNMENT',
      governmentEntityVerified: true,
      vettingScore: null,
    } as const;

    it('is uncapped', () => {
      expect(tmobile(government)).toEqual({ capped: false, tier: 'UNCAPPED' });
    });

    it('is uncapped for its special campaigns too', () => {
      expect(tmobile({ ...government, useCase: 'EMERGENCY', specialApproved: true })).toEqual({
        capped: false,
        tier: 'UNCAPPED',
      });
    });

    it('still holds a LOW_VOLUME campaign to 2,000 a day', () => {
      expect(tmobile({ ...government, useCase: 'LOW_VOLUME' })).toMatchObject({
        tier: 'LOW',
        dailyCap: 2_000,
      });
    });
  });

  describe('when the brand is a government entity not verified as one', () => {
    it('is capped by its vetting score like any brand', () => {
      expect(tmobile({ entityType: 'GOVERNMENT', vettingScore: 30 })).toMatchObject({ tier: 'LOW_MID' });
    });
  });
});
