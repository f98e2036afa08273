import { describe, expect, it } from 'vitest';
import { type CampaignBuilderRequest, newTelnyxCampaign } from './campaign.js';
import { applyCarrierAction, type CampaignRules, decideCampaign, decidedCampaign } from './decide.js';

const request = (overrides: Partial<CampaignBuilderRequest> = {}): CampaignBuilderRequest => ({
  brandId: 'b-1',
  usecase: 'ACCOUNT_NOTIFICATION',
  description: 'Appointment reminders for patients of Acme Dental who opted in.',
  messageFlow: 'Patients opt in on the intake form at https://acmedental.example/intake.',
  sample1: 'Acme Dental: your cleaning is on Tue 3/10 at 2:30pm. Reply STOP to opt out.',
  termsAndConditions: true,
  ...overrides,
});
const created = newTelnyxCampaign(
  request(),
  { displayName: 'Acme Dental', tcrBrandId: 'BSIM001' },
  'c-1',
  new Date('2026-01-01T00:00:00Z'),
);
const rules: CampaignRules = { rejectDescription: /payday loan/i };

describe('Simulated carriers > decideCampaign', () => {
  it('approves a campaign when no rule is configured', () => {
    expect(decideCampaign(request({ description: 'Payday loan offers' }), {})).toEqual({ kind: 'approved' });
  });

  it('approves a campaign whose description does not match the pattern', () => {
    expect(decideCampaign(request(), rules)).toEqual({ kind: 'approved' });
  });

  describe('when the description matches the pattern', () => {
    it('T-Mobile rejects the campaign, saying so', () => {
      expect(decideCampaign(request({ description: 'Fast PAYDAY LOAN offers' }), rules)).toEqual({
        kind: 'rejected',
        carrier: 'T-Mobile',
        description: expect.stringMatching(/^Campaign rejected by T-Mobile due to /),
      });
    });
  });
});

describe('Simulated carriers > decidedCampaign', () => {
  it('an approved campaign is provisioned with the carriers, with its TCR id', () => {
    expect(decidedCampaign(created, { kind: 'approved' }, 'CSIM001')).toMatchObject({
      campaignStatus: 'MNO_PROVISIONED',
      tcrCampaignId: 'CSIM001',
      isTMobileRegistered: true,
      status: 'ACTIVE',
    });
  });

  it('a rejected campaign was added to TCR, then rejected by the carrier', () => {
    const outcome = { kind: 'rejected', carrier: 'T-Mobile', description: 'no' } as const;
    expect(decidedCampaign(created, outcome, 'CSIM001')).toMatchObject({
      campaignStatus: 'MNO_REJECTED',
      tcrCampaignId: 'CSIM001',
      failureReasons: 'no',
    });
  });
});

describe('Simulated carriers > applyCarrierAction', () => {
  const provisioned = decidedCampaign(created, { kind: 'approved' }, 'CSIM001');
  const suspend = { kind: 'suspend', reason: 'high opt-out rate', carrier: 'AT&T' } as const;

  describe('when the campaign is provisioned', () => {
    it('a suspension suspends it', () => {
      expect(applyCarrierAction(provisioned, suspend)).toEqual({
        ok: true,
        campaign: { ...provisioned, campaignStatus: 'TCR_SUSPENDED' },
      });
    });

    it('an expiry expires it', () => {
      expect(applyCarrierAction(provisioned, { kind: 'expire' })).toEqual({
        ok: true,
        campaign: { ...provisioned, campaignStatus: 'TCR_EXPIRED', status: 'EXPIRED' },
      });
    });
  });

  describe('when the campaign is suspended', () => {
    const suspended = { ...provisioned, campaignStatus: 'TCR_SUSPENDED' } as const;

    it('it can still expire', () => {
      expect(applyCarrierAction(suspended, { kind: 'expire' }).ok).toBe(true);
    });

    it('it cannot be suspended again', () => {
      expect(applyCarrierAction(suspended, suspend)).toEqual({
        ok: false,
        reason: expect.stringContaining('is TCR_SUSPENDED'),
      });
    });
  });

  describe('when the campaign was never provisioned', () => {
    it.each(['TCR_PENDING', 'MNO_REJECTED', 'TCR_EXPIRED'] as const)('%s: nothing can be done', (status) => {
      const campaign = { ...created, campaignStatus: status };
      expect(applyCarrierAction(campaign, suspend).ok).toBe(false);
      expect(applyCarrierAction(campaign, { kind: 'expire' }).ok).toBe(false);
    });
  });
});
