import { describe, expect, it } from 'vitest';
import { type CreateBrandRequest, newTelnyxBrand } from './brand.js';
import { type DecisionRules, decideBrand, decidedBrand, INVALID_EIN } from './decide.js';

const brand = (overrides: Partial<CreateBrandRequest> = {}): CreateBrandRequest => ({
  entityType: 'PRIVATE_PROFIT',
  displayName: 'Acme Dental',
  companyName: 'Acme Dental LLC',
  ein: '12-3456789',
  country: 'US',
  email: 'ops@acmedental.example',
  vertical: 'HEALTHCARE',
  ...overrides,
});
const rules = (overrides: Partial<DecisionRules> = {}): DecisionRules => ({ vettingScore: 75, ...overrides });

describe('Simulated registry > decideBrand', () => {
  describe('when nothing is wrong', () => {
    it('vets the brand with the configured score and verifies it', () => {
      expect(decideBrand(brand(), rules({ vettingScore: 62 }))).toEqual({
        kind: 'approved',
        identityStatus: 'VETTED_VERIFIED',
        vetting: { evpId: 'AEGIS', vettingClass: 'STANDARD', vettingScore: 62 },
      });
    });

    it('accepts an EIN without its dash', () => {
      expect(decideBrand(brand({ ein: '123456789' }), rules()).kind).toBe('approved');
    });

    it('approves a sole proprietor unvetted, self-declared', () => {
      const soleProprietor = brand({ entityType: 'SOLE_PROPRIETOR', companyName: undefined, ein: undefined });
      expect(decideBrand(soleProprietor, rules())).toEqual({
        kind: 'approved',
        identityStatus: 'SELF_DECLARED',
        vetting: null,
      });
    });
  });

  describe('when the legal name matches the rejection pattern', () => {
    it('rejects the brand, naming companyName', () => {
      const outcome = decideBrand(
        brand({ companyName: 'Shady Leads Inc' }),
        rules({ rejectLegalName: /^shady/i }),
      );
      expect(outcome).toEqual({
        kind: 'rejected',
        reasons: [{ fields: ['companyName'], description: expect.stringContaining('"Shady Leads Inc"') }],
      });
    });

    it('leaves other names alone', () => {
      expect(decideBrand(brand(), rules({ rejectLegalName: /^shady/i })).kind).toBe('approved');
    });
  });

  describe('when a US EIN is not nine digits', () => {
    it("rejects the brand with Telnyx's own reason", () => {
      expect(decideBrand(brand({ ein: '12-34567' }), rules())).toEqual({
        kind: 'rejected',
        reasons: [{ fields: ['ein'], description: INVALID_EIN }],
      });
    });

    it('gives every reason at once', () => {
      const outcome = decideBrand(
        brand({ ein: 'x', companyName: 'Shady' }),
        rules({ rejectLegalName: /shady/i }),
      );
      expect(outcome.kind === 'rejected' && outcome.reasons.map((r) => r.fields[0])).toEqual([
        'ein',
        'companyName',
      ]);
    });

    it('does not judge a non-US tax id', () => {
      expect(decideBrand(brand({ country: 'CA', ein: '123456789RC0001' }), rules()).kind).toBe('approved');
    });
  });
});

describe('Simulated registry > decidedBrand', () => {
  const created = newTelnyxBrand(brand(), 'b-1', new Date('2026-01-01T00:00:00Z'));
  const at = new Date('2026-01-01T00:00:01Z');

  it('an approved brand is OK at TCR, with its TCR id and identity status', () => {
    const outcome = decideBrand(brand(), rules());
    expect(decidedBrand(created, outcome, 'BSIM001', at)).toMatchObject({
      status: 'OK',
      tcrBrandId: 'BSIM001',
      identityStatus: 'VETTED_VERIFIED',
      updatedAt: '2026-01-01T00:00:01.000Z',
    });
  });

  it('a rejected brand failed registration, with its reasons', () => {
    const outcome = decideBrand(brand({ ein: '1' }), rules());
    const decided = decidedBrand(created, outcome, 'BSIM001', at);
    expect(decided).toMatchObject({
      status: 'REGISTRATION_FAILED',
      identityStatus: 'UNVERIFIED',
      failureReasons: INVALID_EIN,
    });
    expect(decided.tcrBrandId).toBeUndefined();
  });
});
