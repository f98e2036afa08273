import { ConflictError, ValidationError } from '@longcode/kit';
import { describe, expect, it } from 'vitest';
import { type BrandState, evolveBrand, initialBrandState } from './brand.js';
import { type CreateBrand, decideBrand } from './decide.js';

const createBrand = (overrides: Partial<CreateBrand['data']> = {}): CreateBrand => ({
  type: 'CreateBrand',
  data: {
    brandId: 'brand-1',
    accountId: 'acct-1',
    entityType: 'PRIVATE_PROFIT',
    legalName: 'Acme Dental LLC',
    displayName: 'Acme Dental',
    ein: '12-3456789',
    country: 'US',
    website: 'https://acme.example',
    vertical: 'HEALTHCARE',
    email: 'ops@acme.example',
    ...overrides,
  },
});

const given = (...commands: CreateBrand[]): BrandState =>
  commands.reduce<BrandState>(
    (state, command) =>
      decideBrand(command, state).reduce((s, e) => evolveBrand(s, { ...e, occurredAt: new Date(0) }), state),
    initialBrandState,
  );

describe('Brand > CreateBrand', () => {
  describe('when the brand does not exist', () => {
    it('records BrandCreated with the submitted details', () => {
      expect(decideBrand(createBrand(), initialBrandState)).toEqual([
        { type: 'longcode.registration.BrandCreated', data: createBrand().data },
      ]);
    });

    it('normalises a US EIN written without its dash', () => {
      const [event] = decideBrand(createBrand({ ein: '123456789' }), initialBrandState);
      expect(event?.data.ein).toBe('12-3456789');
    });

    it('leaves the brand pending (vetting comes later)', () => {
      expect(given(createBrand())).toMatchObject({ exists: true, status: 'PENDING', brandId: 'brand-1' });
    });

    it('refuses a company without a tax id, naming the field', () => {
      const refusal = () => decideBrand(createBrand({ ein: null }), initialBrandState);
      expect(refusal).toThrow(ValidationError);
      expect(refusal).toThrow(/ein/);
    });

    it('lets a sole proprietor register without a tax id', () => {
      const events = decideBrand(
        createBrand({ entityType: 'SOLE_PROPRIETOR', ein: null }),
        initialBrandState,
      );
      expect(events).toHaveLength(1);
    });

    it('refuses a malformed US EIN', () => {
      expect(() => decideBrand(createBrand({ ein: '12-34' }), initialBrandState)).toThrow(ValidationError);
    });
  });

  describe('when the brand already exists', () => {
    it('refuses with BRAND_ALREADY_EXISTS', () => {
      const state = given(createBrand());
      try {
        decideBrand(createBrand(), state);
        expect.unreachable('a second CreateBrand must be refused');
      } catch (error) {
        expect(error).toBeInstanceOf(ConflictError);
        expect((error as ConflictError).code).toBe('BRAND_ALREADY_EXISTS');
      }
    });
  });
});
