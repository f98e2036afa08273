import { ValidationError } from '@longcode/kit';
import { describe, expect, it } from 'vitest';
import { carrierThroughput } from './throughput.js';
import type { ThroughputInput } from './types.js';

const campaign = (overrides: Partial<ThroughputInput> = {}): ThroughputInput => ({
  entityType: 'PRIVATE_PROFIT',
  brandKind: 'STANDARD',
  vettingScore: 62,
  governmentEntityVerified: false,
  useCase: 'DELIVERY_NOTIFICATION',
  specialApproved: false,
  ...overrides,
});

/** What carrierThroughput throws for an input, or undefined when it accepts it. */
const thrown = (overrides: Partial<ThroughputInput>): unknown => {
  try {
    carrierThroughput(campaign(overrides));
    return undefined;
  } catch (error) {
    return error;
  }
};

/** The code and the fields a refused input is refused for. */
const refusal = (overrides: Partial<ThroughputInput>) => {
  const error = thrown(overrides);
  if (!(error instanceof ValidationError)) throw new Error('expected the input to be refused');
  return { code: error.code, fields: error.errors.map((e) => e.field) };
};

describe('Carrier throughput', () => {
  describe('when a vetted standard brand runs a dedicated campaign', () => {
    it('gives every carrier its figures and the date of the tables they come from', () => {
      expect(carrierThroughput(campaign())).toEqual({
        att: { messageClass: 'C', smsTpm: 2_400, mmsTpm: 1_200, scope: 'CAMPAIGN' },
        tmobile: {
          capped: true,
          tier: 'HIGH_MID',
          dailyCap: 40_000,
          sharedBy: 'BRAND',
          resetTimeZone: 'America/Los_Angeles',
        },
        verizon: { capped: false },
        soleProprietor: null,
        tablesAsOf: '2026-04-10',
      });
    });
  });

  describe('Verizon', () => {
    it.each([
      ['a top-vetted dedicated campaign', campaign({ vettingScore: 100 })],
      ['an unvetted marketing campaign', campaign({ vettingScore: null, useCase: 'MARKETING' })],
      [
        'a low-volume campaign',
        campaign({ brandKind: 'LOW_VOLUME', vettingScore: null, useCase: 'LOW_VOLUME' }),
      ],
      ['a political campaign', campaign({ useCase: 'POLITICAL', specialApproved: true })],
    ])('publishes no cap for %s', (_name, input) => {
      expect(carrierThroughput(input).verizon).toEqual({ capped: false });
    });
  });

  describe('when the input cannot belong to an approved campaign', () => {
    it.each([-1, 101, 62.5, Number.NaN])('refuses a vetting score of %s', (vettingScore) => {
      expect(refusal({ vettingScore })).toEqual({
        code: 'THROUGHPUT_INPUT_INCONSISTENT',
        fields: ['vettingScore'],
      });
    });

    it.each(['LOW_VOLUME', 'SOLE_PROPRIETOR'] as const)(
      'refuses a vetting score on a %s brand',
      (brandKind) => {
        const input =
          brandKind === 'SOLE_PROPRIETOR'
            ? { brandKind, entityType: 'SOLE_PROPRIETOR', useCase: 'SOLE_PROPRIETOR' }
            : { brandKind };
        expect(refusal({ ...input, vettingScore: 40 } as Partial<ThroughputInput>).fields).toEqual([
          'vettingScore',
        ]);
      },
    );

    it('refuses a sole-proprietor entity with another brand kind and use case, naming both', () => {
      expect(refusal({ entityType: 'SOLE_PROPRIETOR', vettingScore: null }).fields).toEqual([
        'brandKind',
        'useCase',
      ]);
    });

    it('refuses the SOLE_PROPRIETOR use case for a company', () => {
      expect(refusal({ useCase: 'SOLE_PROPRIETOR', vettingScore: null }).fields).toEqual([
        'entityType',
        'brandKind',
      ]);
    });

    it('refuses a special use case the carriers have not approved', () => {
      expect(refusal({ useCase: 'POLITICAL', specialApproved: false }).fields).toEqual(['specialApproved']);
    });

    it('refuses a standard use case marked as approved special', () => {
      expect(refusal({ useCase: 'MARKETING', specialApproved: true }).fields).toEqual(['specialApproved']);
    });

    it('refuses a verified government status on a brand that is not GOVERNMENT', () => {
      expect(refusal({ entityType: 'NON_PROFIT', governmentEntityVerified: true }).fields).toEqual([
        'governmentEntityVerified',
      ]);
    });

    it('names every offending field at once', () => {
      expect(refusal({ vettingScore: 200, useCase: 'CHARITY' }).fields).toEqual([
        'vettingScore',
        'specialApproved',
      ]);
    });

    it('answers 400, naming the field in its message', () => {
      expect(thrown({ vettingScore: 101 })).toMatchObject({
        status: 400,
        message: expect.stringMatching(/vettingScore/),
      });
    });
  });
});
