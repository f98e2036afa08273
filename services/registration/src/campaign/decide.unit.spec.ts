import type { ValidationError } from '@longcode/kit';
import { describe, expect, it } from 'vitest';
import { initialCampaignState } from './campaign.js';
import {
  accountId,
  approve,
  brand,
  campaignId,
  content,
  draft,
  expire,
  given,
  histories,
  refusal,
  reject,
  soleProprietorBrand,
  soleProprietorDraft,
  statusCases,
  submit,
  suspend,
  update,
} from './decide.fixture.js';
import { type CampaignCommand, decideCampaign } from './decide.js';

const fieldsOf = (error: unknown) => (error as ValidationError).errors.map((e) => e.field);

describe('Campaign > DraftCampaign', () => {
  describe('when the brand is approved and belongs to the account', () => {
    it('records CampaignDrafted with the content given, and the campaign is a draft', () => {
      expect(decideCampaign(draft(), initialCampaignState)).toEqual([
        {
          type: 'longcode.registration.CampaignDrafted',
          data: { campaignId, brandId: 'brand-1', accountId, ...content() },
        },
      ]);
      expect(given(draft())).toMatchObject({
        exists: true,
        status: 'DRAFT',
        useCase: 'ACCOUNT_NOTIFICATION',
        submissions: 0,
        registryCampaignId: null,
        throughput: null,
      });
    });
    it('keeps a draft the lint would refuse: the lint speaks at submission', () => {
      expect(given(draft({ helpMessage: null, description: 'Texts.' }))).toMatchObject({ status: 'DRAFT' });
    });
    it('lets a brand that is not a sole proprietor have many campaigns', () => {
      expect(decideCampaign(draft({}, { campaignsOfBrand: 7 }), initialCampaignState)).toHaveLength(1);
    });
  });

  describe('when the brand cannot register campaigns', () => {
    it.each([
      ['does not exist', null, null],
      ['belongs to another account', brand({ accountId: 'acct-2' }), null],
      ['is pending', brand({ status: 'PENDING' }), 'PENDING'],
      ['is rejected', brand({ status: 'REJECTED' }), 'REJECTED'],
      ['is suspended', brand({ status: 'SUSPENDED' }), 'SUSPENDED'],
    ])('refuses a brand that %s with CAMPAIGN_BRAND_NOT_APPROVED (409)', (_case, facts, brandStatus) => {
      const error = refusal(draft({}, { brand: facts }), initialCampaignState);
      expect([error.code, error.status]).toEqual(['CAMPAIGN_BRAND_NOT_APPROVED', 409]);
      expect(error.details).toEqual({ brandId: 'brand-1', brandStatus });
    });
  });

  describe('when the brand is a sole proprietor', () => {
    it('accepts its first campaign, under the SOLE_PROPRIETOR use case', () => {
      expect(given(soleProprietorDraft)).toMatchObject({ status: 'DRAFT', useCase: 'SOLE_PROPRIETOR' });
    });
    it('refuses any other use case with CAMPAIGN_USE_CASE_NOT_ALLOWED (400), naming useCase', () => {
      const error = refusal(draft({}, { brand: soleProprietorBrand }), initialCampaignState);
      expect([error.code, error.status, fieldsOf(error)]).toEqual([
        'CAMPAIGN_USE_CASE_NOT_ALLOWED',
        400,
        ['useCase'],
      ]);
    });
    it('refuses a second campaign with CAMPAIGN_LIMIT_REACHED (409)', () => {
      const second = draft(
        { useCase: 'SOLE_PROPRIETOR' },
        { brand: soleProprietorBrand, campaignsOfBrand: 1 },
      );
      const error = refusal(second, initialCampaignState);
      expect([error.code, error.status, error.details]).toEqual([
        'CAMPAIGN_LIMIT_REACHED',
        409,
        { brandId: 'brand-1', limit: 1 },
      ]);
    });
  });

  describe('when the content breaks the rules', () => {
    it('refuses the SOLE_PROPRIETOR use case for another brand with CAMPAIGN_USE_CASE_NOT_ALLOWED', () => {
      expect(refusal(draft({ useCase: 'SOLE_PROPRIETOR' }), initialCampaignState).code).toBe(
        'CAMPAIGN_USE_CASE_NOT_ALLOWED',
      );
    });
    it.each([
      ['no sample', []],
      ['six samples', ['a', 'b', 'c', 'd', 'e', 'f']],
    ])('refuses %s, naming sampleMessages', (_case, sampleMessages) => {
      const error = refusal(draft({ sampleMessages }), initialCampaignState);
      expect([error.code, fieldsOf(error)]).toEqual(['VALIDATION_FAILED', ['sampleMessages']]);
    });
  });

  describe('when the campaign already exists', () => {
    it('refuses with CAMPAIGN_ALREADY_EXISTS (409)', () => {
      const error = refusal(draft(), given(draft()));
      expect([error.code, error.status]).toEqual(['CAMPAIGN_ALREADY_EXISTS', 409]);
    });
  });
});

describe('Campaign > UpdateDraft', () => {
  const corrected = { description: `${content().description} Billing notices too.`, autoRenewal: false };

  describe('when a draft', () => {
    it('replaces the content and stays a draft', () => {
      expect(given(draft(), update(corrected))).toMatchObject({ status: 'DRAFT', ...corrected });
    });
  });
  describe('when rejected', () => {
    it('takes the corrections and stays rejected, its reasons kept until it is submitted again', () => {
      expect(given(draft(), submit(), reject(), update(corrected))).toMatchObject({
        status: 'REJECTED',
        autoRenewal: false,
        rejectionReasons: [{ code: 'SAMPLE_MISMATCH' }],
      });
    });
  });
  describe('when the use case changes kind', () => {
    it('refuses a sole-proprietor campaign leaving SOLE_PROPRIETOR with CAMPAIGN_USE_CASE_NOT_ALLOWED', () => {
      expect(refusal(update({ useCase: 'MARKETING' }), given(soleProprietorDraft)).code).toBe(
        'CAMPAIGN_USE_CASE_NOT_ALLOWED',
      );
    });
    it('refuses another campaign taking SOLE_PROPRIETOR with CAMPAIGN_USE_CASE_NOT_ALLOWED', () => {
      expect(refusal(update({ useCase: 'SOLE_PROPRIETOR' }), given(draft())).code).toBe(
        'CAMPAIGN_USE_CASE_NOT_ALLOWED',
      );
    });
    it('lets a campaign switch between standard use cases', () => {
      expect(given(draft(), update({ useCase: 'CUSTOMER_CARE' }))).toMatchObject({
        useCase: 'CUSTOMER_CARE',
      });
    });
  });
  it('refuses content without samples with VALIDATION_FAILED', () => {
    expect(refusal(update({ sampleMessages: [] }), given(draft())).code).toBe('VALIDATION_FAILED');
  });
  it.each(statusCases('submitted', 'approved', 'suspended', 'expired'))(
    'refuses a campaign that is %s with CAMPAIGN_NOT_EDITABLE (409)',
    (status, history) => {
      const error = refusal(update(corrected), given(...history));
      expect([error.code, error.status, error.details]).toEqual([
        'CAMPAIGN_NOT_EDITABLE',
        409,
        { status: status.toUpperCase() },
      ]);
    },
  );
});

describe('Campaign > SubmitCampaign', () => {
  describe('when a draft passes the lint clean', () => {
    it('records CampaignSubmitted, first attempt, without warnings', () => {
      expect(decideCampaign(submit(), given(draft()))).toEqual([
        {
          type: 'longcode.registration.CampaignSubmitted',
          data: { campaignId, attempt: 1, lintWarnings: [] },
        },
      ]);
      expect(given(draft(), submit())).toMatchObject({
        status: 'SUBMITTED',
        submissions: 1,
        submittedAt: new Date(1000),
      });
    });
  });
  describe('when the lint finds warnings only', () => {
    it('submits, the warnings’ codes travelling in the event, each once', () => {
      const oneSample = update({ sampleMessages: [content().sampleMessages[0] ?? ''] });
      expect(given(draft(), oneSample, submit())).toMatchObject({
        status: 'SUBMITTED',
        lintWarnings: ['SAMPLES_BELOW_RECOMMENDED'],
      });
    });
  });
  describe('when the lint finds errors', () => {
    it('refuses with CAMPAIGN_LINT_FAILED (422), every finding in details', () => {
      const linked = update({
        sampleMessages: ['Acme Dental: pay your bill at https://acmedental.com/pay. Reply STOP to opt out.'],
      });
      const error = refusal(submit(), given(draft(), linked));
      expect([error.code, error.status]).toEqual(['CAMPAIGN_LINT_FAILED', 422]);
      const findings = error.details?.findings as { code: string; severity: string }[];
      expect(findings).toContainEqual(
        expect.objectContaining({ code: 'SAMPLE_LINK_WITHOUT_FLAG', severity: 'error' }),
      );
      expect(findings).toContainEqual(
        expect.objectContaining({ code: 'SAMPLES_BELOW_RECOMMENDED', severity: 'warning' }),
      );
    });
    it('lints against the brand’s own names: samples naming another business fail', () => {
      const error = refusal(
        submit(brand({ displayName: 'Bright Smiles', legalName: 'Bright Smiles PC' })),
        given(draft()),
      );
      const findings = error.details?.findings as { code: string }[];
      expect(findings.map((finding) => finding.code)).toContain('NO_SAMPLE_NAMES_BRAND');
    });
  });
  describe('when rejected and corrected', () => {
    it('submits again as the next attempt, forgetting the old reasons', () => {
      expect(given(draft(), submit(), reject(), update(), submit())).toMatchObject({
        status: 'SUBMITTED',
        submissions: 2,
        rejectionReasons: [],
      });
    });
    it('can be approved after the resubmission', () => {
      expect(given(draft(), submit(), reject(), submit(), approve())).toMatchObject({ status: 'APPROVED' });
    });
  });
  it.each([
    ['is no longer approved', brand({ status: 'SUSPENDED' })],
    ['is missing', null],
  ])('refuses a campaign whose brand %s with CAMPAIGN_BRAND_NOT_APPROVED (409)', (_case, facts) => {
    expect(refusal(submit(facts), given(draft())).code).toBe('CAMPAIGN_BRAND_NOT_APPROVED');
  });
  it.each(statusCases('submitted', 'approved', 'suspended', 'expired'))(
    'refuses a campaign that is %s with CAMPAIGN_NOT_EDITABLE (409)',
    (_status, history) => {
      expect(refusal(submit(), given(...history)).code).toBe('CAMPAIGN_NOT_EDITABLE');
    },
  );
});

describe('Campaign > ApproveCampaign', () => {
  describe('when submitted', () => {
    it('approves it with its registry id, its brand, its use case and the carriers’ throughput for it', () => {
      const [event] = decideCampaign(approve({}, { dailyLimit: 5000 }), given(draft(), submit()));
      expect(event).toEqual({
        type: 'longcode.registration.CampaignApproved',
        data: {
          campaignId,
          brandId: 'brand-1',
          registryCampaignId: 'CX4K2PQ',
          throughput: {
            attMessageClass: 'C',
            attSmsTpm: 2400,
            attMmsTpm: 1200,
            attTpmScope: 'CAMPAIGN',
            tmobileTier: 'HIGH_MID',
            tmobileDailyCap: 40_000,
            tmobileCapSharedByBrand: true,
            verizonCapped: false,
            dailyLimit: 5000,
            monthlyLimit: null,
            tablesAsOf: '2026-04-10',
          },
          useCase: 'ACCOUNT_NOTIFICATION',
        },
      });
      expect(given(draft(), submit(), approve())).toMatchObject({
        status: 'APPROVED',
        registryCampaignId: 'CX4K2PQ',
      });
    });
    it('gives a sole proprietor’s campaign the sole-proprietor limits', () => {
      const approved = given(
        soleProprietorDraft,
        submit(soleProprietorBrand),
        approve({ entityType: 'SOLE_PROPRIETOR', brandKind: 'SOLE_PROPRIETOR', vettingScore: null }),
      );
      expect(approved).toMatchObject({
        throughput: {
          attMessageClass: 'W',
          attSmsTpm: 15,
          tmobileTier: 'SOLE_PROPRIETOR',
          tmobileDailyCap: 1000,
        },
      });
    });
    it('refuses brand facts that contradict the campaign with THROUGHPUT_INPUT_INCONSISTENT', () => {
      const error = refusal(
        approve({ brandKind: 'SOLE_PROPRIETOR', vettingScore: null }),
        given(draft(), submit()),
      );
      expect([error.code, error.status]).toEqual(['THROUGHPUT_INPUT_INCONSISTENT', 400]);
    });
    it('refuses limits that are not whole numbers above 0, naming each', () => {
      const error = refusal(approve({}, { dailyLimit: 0, monthlyLimit: 2.5 }), given(draft(), submit()));
      expect([error.code, fieldsOf(error)]).toEqual(['VALIDATION_FAILED', ['dailyLimit', 'monthlyLimit']]);
    });
  });
  it.each(statusCases('draft', 'approved', 'rejected', 'suspended', 'expired'))(
    'refuses a campaign that is %s with CAMPAIGN_NOT_SUBMITTED (409)',
    (_status, history) => {
      const error = refusal(approve(), given(...history));
      expect([error.code, error.status]).toEqual(['CAMPAIGN_NOT_SUBMITTED', 409]);
    },
  );
});

describe('Campaign > RejectCampaign', () => {
  it('rejects a submitted campaign, keeping every reason and its carrier', () => {
    const reasons = [
      { code: 'SAMPLE_MISMATCH', description: 'Samples do not match the use case', carrier: 'T-Mobile' },
      { code: 'CTA_UNVERIFIABLE', description: 'Opt-in page unreachable', carrier: null },
    ];
    expect(given(draft(), submit(), reject(reasons))).toMatchObject({
      status: 'REJECTED',
      rejectionReasons: reasons,
    });
  });
  it('refuses a rejection without reasons with VALIDATION_FAILED', () => {
    expect(refusal(reject([]), given(draft(), submit())).code).toBe('VALIDATION_FAILED');
  });
  it.each(statusCases('draft', 'approved', 'rejected', 'suspended', 'expired'))(
    'refuses a campaign that is %s with CAMPAIGN_NOT_SUBMITTED (409)',
    (_status, history) => {
      expect(refusal(reject(), given(...history)).code).toBe('CAMPAIGN_NOT_SUBMITTED');
    },
  );
});

describe('Campaign > SuspendCampaign', () => {
  it('suspends an approved campaign with its reason and carrier', () => {
    expect(given(...histories.suspended)).toMatchObject({
      status: 'SUSPENDED',
      suspension: { reason: 'spam complaints', carrier: 'AT&T' },
    });
  });
  it.each(statusCases('draft', 'submitted', 'rejected', 'suspended', 'expired'))(
    'refuses a campaign that is %s with CAMPAIGN_NOT_APPROVED (409)',
    (_status, history) => {
      const error = refusal(suspend, given(...history));
      expect([error.code, error.status]).toEqual(['CAMPAIGN_NOT_APPROVED', 409]);
    },
  );
});

describe('Campaign > ExpireCampaign', () => {
  it.each(statusCases('approved', 'suspended'))('expires a campaign that is %s', (_status, history) => {
    expect(given(...history, expire)).toMatchObject({ status: 'EXPIRED' });
  });
  it.each(statusCases('draft', 'submitted', 'rejected', 'expired'))(
    'refuses a campaign that is %s with CAMPAIGN_NOT_REGISTERED (409)',
    (_status, history) => {
      const error = refusal(expire, given(...history));
      expect([error.code, error.status]).toEqual(['CAMPAIGN_NOT_REGISTERED', 409]);
    },
  );
});

describe('Campaign > when it does not exist', () => {
  const commands: [string, CampaignCommand][] = [
    ['UpdateDraft', update()],
    ['SubmitCampaign', submit()],
    ['ApproveCampaign', approve()],
    ['RejectCampaign', reject()],
    ['SuspendCampaign', suspend],
    ['ExpireCampaign', expire],
  ];
  it.each(commands)('refuses %s with CAMPAIGN_NOT_FOUND (404)', (_type, command) => {
    const error = refusal(command, initialCampaignState);
    expect([error.code, error.status]).toEqual(['CAMPAIGN_NOT_FOUND', 404]);
  });
});

describe('Campaign > RecordForwarding', () => {
  const forwarded = (campaign = campaignId): CampaignCommand => ({
    type: 'RecordForwarding',
    data: {
      campaignId: campaign,
      provider: 'telnyx',
      providerCampaignId: 'a1b2c3',
      registryCampaignId: null,
    },
  });
  describe('when the campaign is submitted', () => {
    it('remembers where it went', () => {
      expect(given(draft(), submit(), forwarded())).toMatchObject({
        status: 'SUBMITTED',
        forwarding: { provider: 'telnyx', providerCampaignId: 'a1b2c3' },
      });
    });
  });
  describe('when the campaign is still a draft', () => {
    it('refuses with CAMPAIGN_NOT_SUBMITTED', () => {
      expect(refusal(forwarded(), given(draft())).code).toBe('CAMPAIGN_NOT_SUBMITTED');
    });
  });
});
