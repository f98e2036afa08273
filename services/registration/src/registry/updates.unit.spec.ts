import { describe, expect, it } from 'vitest';
import type { ExistingBrand } from '../brand/brand.js';
import { brandCommandFor, campaignCommandFor, subjectOf, throughputFactsOf } from './updates.js';

const brand = (overrides: Partial<ExistingBrand> = {}): ExistingBrand =>
  ({
    exists: true,
    brandId: 'brand-1',
    accountId: 'acct-1',
    entityType: 'PRIVATE_PROFIT',
    status: 'APPROVED',
    identityStatus: 'VETTED_VERIFIED',
    vetting: { provider: 'AEGIS', vettingClass: 'STANDARD', score: 82, vettedAt: new Date(0) },
    ...overrides,
  }) as ExistingBrand;

const campaign = { campaignId: 'campaign-1', registryCampaignId: null };

describe('Provider updates > whose they are', () => {
  it('tells a brand update from a campaign update by the id it carries', () => {
    expect(
      subjectOf({ kind: 'brand.suspended', providerBrandId: 'b1', referenceId: null, reason: 'x' }),
    ).toEqual({
      kind: 'brand',
      providerId: 'b1',
    });
    expect(subjectOf({ kind: 'campaign.expired', providerCampaignId: 'c1', referenceId: null })).toEqual({
      kind: 'campaign',
      providerId: 'c1',
    });
  });
});

describe('Provider updates > as commands', () => {
  it('turns a vetting into RecordVetting with the time in epoch milliseconds', () => {
    const vettedAt = new Date('2026-11-01T10:00:00Z');
    expect(
      brandCommandFor('brand-1', {
        kind: 'brand.vetted',
        providerBrandId: 'b1',
        referenceId: null,
        provider: 'AEGIS',
        vettingClass: 'STANDARD',
        score: 82,
        vettedAt,
      }),
    ).toEqual({
      type: 'RecordVetting',
      data: {
        brandId: 'brand-1',
        provider: 'AEGIS',
        vettingClass: 'STANDARD',
        score: 82,
        vettedAt: vettedAt.getTime(),
      },
    });
  });

  it('approves a campaign with the brand facts its throughput depends on', () => {
    const command = campaignCommandFor(
      campaign,
      {
        kind: 'campaign.approved',
        providerCampaignId: 'c1',
        referenceId: null,
        registryCampaignId: 'CABC123',
      },
      brand(),
    );
    expect(command).toMatchObject({
      type: 'ApproveCampaign',
      data: { campaignId: 'campaign-1', registryCampaignId: 'CABC123' },
      brand: {
        entityType: 'PRIVATE_PROFIT',
        brandKind: 'STANDARD',
        vettingScore: 82,
        governmentEntityVerified: false,
      },
    });
  });

  it('approves with the registry id learnt at submission when the webhook has none', () => {
    const command = campaignCommandFor(
      { campaignId: 'campaign-1', registryCampaignId: 'CXYZ789' },
      { kind: 'campaign.approved', providerCampaignId: 'c1', referenceId: null, registryCampaignId: null },
      brand(),
    );
    expect(command).toMatchObject({ data: { registryCampaignId: 'CXYZ789' } });
  });

  it('keeps per-carrier reasons and the suspending carrier', () => {
    const reasons = [{ code: 'SPAM', description: 'content', carrier: 'T-Mobile' }];
    expect(
      campaignCommandFor(
        campaign,
        { kind: 'campaign.rejected', providerCampaignId: 'c1', referenceId: null, reasons },
        brand(),
      ),
    ).toEqual({ type: 'RejectCampaign', data: { campaignId: 'campaign-1', reasons } });
    expect(
      campaignCommandFor(
        campaign,
        {
          kind: 'campaign.suspended',
          providerCampaignId: 'c1',
          referenceId: null,
          reason: 'complaints',
          carrier: 'AT&T',
        },
        brand(),
      ),
    ).toEqual({
      type: 'SuspendCampaign',
      data: { campaignId: 'campaign-1', reason: 'complaints', carrier: 'AT&T' },
    });
  });
});

describe('Provider updates > throughput facts of a brand', () => {
  it('treats a sole proprietor as unvetted, whatever score it carries', () => {
    expect(throughputFactsOf(brand({ entityType: 'SOLE_PROPRIETOR' }))).toMatchObject({
      brandKind: 'SOLE_PROPRIETOR',
      vettingScore: null,
    });
  });
  it('counts a government brand as verified only when the registry verified its identity', () => {
    expect(
      throughputFactsOf(brand({ entityType: 'GOVERNMENT', identityStatus: 'VERIFIED' }))
        .governmentEntityVerified,
    ).toBe(true);
    expect(
      throughputFactsOf(brand({ entityType: 'GOVERNMENT', identityStatus: 'SELF_DECLARED' }))
        .governmentEntityVerified,
    ).toBe(false);
  });
  it('gives an unvetted brand no score', () => {
    expect(throughputFactsOf(brand({ vetting: null })).vettingScore).toBeNull();
  });
});
