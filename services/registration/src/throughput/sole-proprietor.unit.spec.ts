import { describe, expect, it } from 'vitest';
import { carrierThroughput } from './throughput.js';
import type { ThroughputInput } from './types.js';

const soleProprietorCampaign: ThroughputInput = {
  entityType: 'SOLE_PROPRIETOR',
  brandKind: 'SOLE_PROPRIETOR',
  vettingScore: null,
  governmentEntityVerified: false,
  useCase: 'SOLE_PROPRIETOR',
  specialApproved: false,
};

describe('Carrier throughput > sole proprietor', () => {
  describe('when the brand is a sole proprietor', () => {
    const throughput = carrierThroughput(soleProprietorCampaign);

    it('allows one campaign for the brand and one number for the campaign', () => {
      expect(throughput.soleProprietor).toEqual({ campaignsPerBrand: 1, numbersPerCampaign: 1 });
    });

    it('gives AT&T class W, 15 SMS / 50 MMS a minute for the campaign', () => {
      expect(throughput.att).toEqual({ messageClass: 'W', smsTpm: 15, mmsTpm: 50, scope: 'CAMPAIGN' });
    });

    it('caps T-Mobile at 1,000 a day', () => {
      expect(throughput.tmobile).toMatchObject({ capped: true, tier: 'SOLE_PROPRIETOR', dailyCap: 1_000 });
    });

    it('leaves Verizon uncapped', () => {
      expect(throughput.verizon).toEqual({ capped: false });
    });
  });

  describe('when the brand is not a sole proprietor', () => {
    it.each(['PRIVATE_PROFIT', 'PUBLIC_PROFIT', 'NON_PROFIT', 'GOVERNMENT'] as const)(
      'sets no sole-proprietor limits for a %s brand',
      (entityType) => {
        const throughput = carrierThroughput({
          ...soleProprietorCampaign,
          entityType,
          brandKind: 'STANDARD',
          useCase: 'ACCOUNT_NOTIFICATION',
        });
        expect(throughput.soleProprietor).toBeNull();
      },
    );
  });
});
