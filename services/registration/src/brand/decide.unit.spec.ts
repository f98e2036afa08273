import type { BrandCreated } from '@longcode/contracts';
import { DomainError, ValidationError } from '@longcode/kit';
import { describe, expect, it } from 'vitest';
import { type BrandEvent, type BrandState, evolveBrand, initialBrandState } from './brand.js';
import { type BrandCommand, decideBrand } from './decide.js';

const brandId = 'brand-1';
const details = (overrides: Partial<BrandCreated> = {}): BrandCreated => ({
  brandId,
  accountId: 'acct-1',
  entityType: 'PRIVATE_PROFIT',
  legalName: 'Acme Dental LLC',
  displayName: 'Acme Dental',
  ein: '12-3456789',
  country: 'US',
  website: 'https://acme.example',
  vertical: 'HEALTHCARE',
  email: 'ops@acme.example',
  phone: '+15555550100',
  duns: null,
  address: null,
  stockSymbol: null,
  stockExchange: null,
  ...overrides,
});

const create = (overrides: Partial<BrandCreated> = {}): BrandCommand => ({
  type: 'CreateBrand',
  data: details(overrides),
});
const vet = (score = 82): BrandCommand => ({
  type: 'RecordVetting',
  data: { brandId, provider: 'AEGIS', vettingClass: 'STANDARD', score, vettedAt: 1_790_000_000_000 },
});
const approve: BrandCommand = {
  type: 'ApproveBrand',
  data: { brandId, registryBrandId: 'BZ1XQ7T', identityStatus: 'VERIFIED' },
};
const reject = (
  reasons = [{ code: 'TAX_ID_MISMATCH', description: 'EIN does not match the legal name' }],
): BrandCommand => ({
  type: 'RejectBrand',
  data: { brandId, reasons },
});
const suspend: BrandCommand = { type: 'SuspendBrand', data: { brandId, reason: 'carrier complaint' } };
const resubmit = (ein: string | null = '98-7654321'): BrandCommand => ({
  type: 'ResubmitBrand',
  data: {
    brandId,
    legalName: 'Acme Dental Group LLC',
    displayName: 'Acme Dental',
    ein,
    website: null,
    email: 'ops@acme.example',
    phone: null,
  },
});

/** Given these commands were accepted, the state they lead to. */
const given = (...commands: BrandCommand[]): BrandState =>
  commands.reduce<BrandState>(
    (state, command) =>
      decideBrand(command, state).reduce(
        (s, event: BrandEvent) => evolveBrand(s, { ...event, occurredAt: new Date(0) }),
        state,
      ),
    initialBrandState,
  );

const refusal = (command: BrandCommand, state: BrandState): DomainError => {
  try {
    decideBrand(command, state);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`${command.type} was accepted`);
};

describe('Brand > CreateBrand', () => {
  describe('when the brand does not exist', () => {
    it('records BrandCreated, pending, with the details given', () => {
      expect(decideBrand(create(), initialBrandState)).toEqual([
        { type: 'longcode.registration.BrandCreated', data: details() },
      ]);
      expect(given(create())).toMatchObject({ exists: true, status: 'PENDING', registryBrandId: null });
    });
    it('normalises a US EIN written without its dash', () => {
      const [event] = decideBrand(create({ ein: '123456789' }), initialBrandState);
      expect(event?.data).toMatchObject({ ein: '12-3456789' });
    });
    it('lets a sole proprietor register without a tax id', () => {
      expect(
        decideBrand(create({ entityType: 'SOLE_PROPRIETOR', ein: null }), initialBrandState),
      ).toHaveLength(1);
    });
  });

  describe('when details are wrong', () => {
    it.each([
      ['a company without a tax id', { ein: null }, ['ein']],
      ['a malformed US EIN', { ein: '12-34' }, ['ein']],
      ['a phone number that is not E.164', { phone: '555-0100' }, ['phone']],
      ['a D-U-N-S number that is not 9 digits', { duns: '12345' }, ['duns']],
      [
        'a public company without its stock',
        { entityType: 'PUBLIC_PROFIT' as const },
        ['stockSymbol', 'stockExchange'],
      ],
    ])('refuses %s, naming each field', (_case, overrides, fields) => {
      const error = refusal(create(overrides), initialBrandState);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).errors.map((e) => e.field)).toEqual(fields);
    });
  });

  describe('when the brand already exists', () => {
    it('refuses with BRAND_ALREADY_EXISTS', () => {
      expect(refusal(create(), given(create())).code).toBe('BRAND_ALREADY_EXISTS');
    });
  });
});

describe('Brand > RecordVetting', () => {
  it('records the score on a pending or approved brand', () => {
    expect(given(create(), vet(82))).toMatchObject({ vetting: { provider: 'AEGIS', score: 82 } });
    expect(given(create(), approve, vet(40))).toMatchObject({ status: 'APPROVED', vetting: { score: 40 } });
  });
  it('refuses a score outside 0–100', () => {
    expect(refusal(vet(101), given(create())).code).toBe('VALIDATION_FAILED');
  });
  it('refuses a suspended brand with BRAND_SUSPENDED', () => {
    expect(refusal(vet(), given(create(), approve, suspend)).code).toBe('BRAND_SUSPENDED');
  });
  it('refuses an unknown brand with BRAND_NOT_FOUND (404)', () => {
    const error = refusal(vet(), initialBrandState);
    expect([error.code, error.status]).toEqual(['BRAND_NOT_FOUND', 404]);
  });
});

describe('Brand > ApproveBrand', () => {
  it('approves a pending brand with its registry id and identity status', () => {
    expect(given(create(), approve)).toMatchObject({
      status: 'APPROVED',
      registryBrandId: 'BZ1XQ7T',
      identityStatus: 'VERIFIED',
    });
  });
  it.each([
    ['approved', [create(), approve]],
    ['rejected', [create(), reject()]],
    ['suspended', [create(), approve, suspend]],
  ])('refuses a brand already %s with BRAND_NOT_PENDING (409)', (_status, history) => {
    const error = refusal(approve, given(...history));
    expect([error.code, error.status]).toEqual(['BRAND_NOT_PENDING', 409]);
  });
});

describe('Brand > RejectBrand', () => {
  it('rejects a pending brand, keeping every reason', () => {
    expect(given(create(), reject())).toMatchObject({
      status: 'REJECTED',
      rejectionReasons: [{ code: 'TAX_ID_MISMATCH', description: 'EIN does not match the legal name' }],
    });
  });
  it('refuses a rejection without reasons', () => {
    expect(refusal(reject([]), given(create())).code).toBe('VALIDATION_FAILED');
  });
  it('refuses an approved brand with BRAND_NOT_PENDING', () => {
    expect(refusal(reject(), given(create(), approve)).code).toBe('BRAND_NOT_PENDING');
  });
});

describe('Brand > SuspendBrand', () => {
  it('suspends an approved brand with its reason', () => {
    expect(given(create(), approve, suspend)).toMatchObject({
      status: 'SUSPENDED',
      suspensionReason: 'carrier complaint',
    });
  });
  it.each([
    ['pending', [create()]],
    ['rejected', [create(), reject()]],
    ['suspended', [create(), approve, suspend]],
  ])('refuses a %s brand with BRAND_NOT_APPROVED', (_status, history) => {
    expect(refusal(suspend, given(...history)).code).toBe('BRAND_NOT_APPROVED');
  });
});

describe('Brand > ResubmitBrand', () => {
  describe('when the brand was rejected', () => {
    it('takes the corrections and makes it pending again, forgetting the old reasons', () => {
      expect(given(create(), reject(), resubmit())).toMatchObject({
        status: 'PENDING',
        legalName: 'Acme Dental Group LLC',
        ein: '98-7654321',
        rejectionReasons: [],
      });
    });
    it('can be approved after the resubmission', () => {
      expect(given(create(), reject(), resubmit(), approve)).toMatchObject({ status: 'APPROVED' });
    });
    it('refuses corrections that break the rules (a company without a tax id)', () => {
      expect(refusal(resubmit(null), given(create(), reject())).code).toBe('VALIDATION_FAILED');
    });
  });
  it.each([
    ['pending', [create()]],
    ['approved', [create(), approve]],
    ['suspended', [create(), approve, suspend]],
  ])('refuses a %s brand with BRAND_NOT_REJECTED', (_status, history) => {
    expect(refusal(resubmit(), given(...history)).code).toBe('BRAND_NOT_REJECTED');
  });
});

describe('Brand > RecordSubmission', () => {
  const submitted: BrandCommand = {
    type: 'RecordSubmission',
    data: {
      brandId,
      provider: 'telnyx',
      providerBrandId: '4b20017f-8da9-a992-a6c0-683072fb7729',
      registryBrandId: null,
    },
  };
  it('remembers where a pending brand went', () => {
    expect(given(create(), submitted)).toMatchObject({
      status: 'PENDING',
      submission: { provider: 'telnyx', providerBrandId: '4b20017f-8da9-a992-a6c0-683072fb7729' },
    });
  });
  it('records a resubmitted brand going out again', () => {
    expect(given(create(), submitted, reject(), resubmit(), submitted)).toMatchObject({ status: 'PENDING' });
  });
  it('refuses an approved brand with BRAND_NOT_PENDING', () => {
    expect(refusal(submitted, given(create(), approve)).code).toBe('BRAND_NOT_PENDING');
  });
});
