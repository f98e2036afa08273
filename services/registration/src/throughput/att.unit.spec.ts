import { describe, expect, it } from 'vitest';
import { carrierThroughput } from './throughput.js';
import type { ThroughputInput } from './types.js';
import { dedicatedUseCases } from './use-case.js';

const campaign = (overrides: Partial<ThroughputInput> = {}): ThroughputInput => ({
  entityType: 'PRIVATE_PROFIT',
  brandKind: 'STANDARD',
  vettingScore: 80,
  governmentEntityVerified: false,
  useCase: 'CUSTOMER_CARE',
  specialApproved: false,
  ...overrides,
});

const att = (overrides: Partial<ThroughputInput> = {}) => carrierThroughput(campaign(overrides)).att;

describe('Carrier throughput > AT&T', () => {
  describe('when a dedicated campaign comes from a brand vetted 75 or more', () => {
    it.each([75, 100])(
      'gives class A and 4,500 SMS / 2,400 MMS a minute for the campaign (score %i)',
      (score) => {
        expect(att({ vettingScore: score })).toEqual({
          messageClass: 'A',
          smsTpm: 4_500,
          mmsTpm: 2_400,
          scope: 'CAMPAIGN',
        });
      },
    );
  });

  describe('when a dedicated campaign comes from a brand vetted 50 to 74', () => {
    it.each([50, 74])('gives class C and 2,400 SMS / 1,200 MMS a minute (score %i)', (score) => {
      expect(att({ vettingScore: score })).toEqual({
        messageClass: 'C',
        smsTpm: 2_400,
        mmsTpm: 1_200,
        scope: 'CAMPAIGN',
      });
    });
  });

  describe('when a dedicated campaign comes from a brand vetted below 50', () => {
    it.each([0, 1, 49])('gives class E and 240 SMS / 150 MMS a minute (score %i)', (score) => {
      expect(att({ vettingScore: score })).toEqual({
        messageClass: 'E',
        smsTpm: 240,
        mmsTpm: 150,
        scope: 'CAMPAIGN',
      });
    });
  });

  describe('when the brand is unvetted', () => {
    it('gives a dedicated campaign class E, 240 a minute, like the lowest vetted band', () => {
      expect(att({ vettingScore: null })).toMatchObject({ messageClass: 'E', smsTpm: 240 });
    });

    it('gives a mixed campaign class F, 240 a minute', () => {
      expect(att({ vettingScore: null, useCase: 'MIXED' })).toMatchObject({ messageClass: 'F', smsTpm: 240 });
    });
  });

  describe('when the campaign is mixed or marketing', () => {
    it.each([
      ['MIXED', 100, 'B', 4_500],
      ['MIXED', 75, 'B', 4_500],
      ['MARKETING', 74, 'D', 2_400],
      ['MARKETING', 50, 'D', 2_400],
      ['MIXED', 49, 'F', 240],
      ['MARKETING', 0, 'F', 240],
    ] as const)('gives %s at score %i class %s, %i SMS a minute', (useCase, score, messageClass, smsTpm) => {
      expect(att({ useCase, vettingScore: score })).toMatchObject({
        messageClass,
        smsTpm,
        scope: 'CAMPAIGN',
      });
    });
  });

  describe('when the campaign has any dedicated use case', () => {
    it.each(dedicatedUseCases)('treats %s as dedicated (class A at score 80)', (useCase) => {
      expect(att({ useCase }).messageClass).toBe('A');
    });
  });

  describe('when the campaign is LOW_VOLUME', () => {
    it('gives class T, 75 SMS / 50 MMS a minute, however well the brand is vetted', () => {
      expect(att({ useCase: 'LOW_VOLUME', vettingScore: 100 })).toEqual({
        messageClass: 'T',
        smsTpm: 75,
        mmsTpm: 50,
        scope: 'CAMPAIGN',
      });
    });

    it('gives a low-volume brand class T too', () => {
      expect(att({ useCase: 'LOW_VOLUME', brandKind: 'LOW_VOLUME', vettingScore: null }).messageClass).toBe(
        'T',
      );
    });
  });

  describe('when the campaign has a special use case', () => {
    it.each([
      ['POLITICAL', 'K', 4_500, 2_400, 'CAMPAIGN'],
      ['CHARITY', 'P', 2_400, 1_200, 'CAMPAIGN'],
      ['SOCIAL', 'S', 9_000, 2_400, 'CAMPAIGN'],
      ['EMERGENCY', 'X', 4_500, 2_400, 'CAMPAIGN'],
      ['PROXY', 'G', 60, 50, 'NUMBER'],
      ['AGENTS_FRANCHISES', 'N', 60, 50, 'NUMBER'],
    ] as const)(
      'gives %s class %s, %i SMS / %i MMS a minute per %s',
      (useCase, messageClass, smsTpm, mmsTpm, scope) => {
        expect(att({ useCase, specialApproved: true })).toEqual({ messageClass, smsTpm, mmsTpm, scope });
      },
    );

    it('ignores the vetting score', () => {
      expect(att({ useCase: 'POLITICAL', specialApproved: true, vettingScore: 10 }).messageClass).toBe('K');
      expect(att({ useCase: 'CHARITY', specialApproved: true, vettingScore: null }).messageClass).toBe('P');
    });
  });

  describe('when the brand is a verified government entity', () => {
    const government = {
      entityType: 'GOVERNMENT',
      governmentEntityVerified: true,
      vettingScore: null,
    } as const;

    it('gives a dedicated campaign class A without vetting', () => {
      expect(att(government)).toMatchObject({ messageClass: 'A', smsTpm: 4_500 });
    });

    it('gives a mixed campaign class B without vetting', () => {
      expect(att({ ...government, useCase: 'MIXED' })).toMatchObject({ messageClass: 'B', smsTpm: 4_500 });
    });

    it('keeps the fixed class of a special use case', () => {
      expect(att({ ...government, useCase: 'EMERGENCY', specialApproved: true }).messageClass).toBe('X');
    });
  });

  describe('when the brand is a government entity not verified as one', () => {
    it('goes by its vetting score like any brand', () => {
      expect(att({ entityType: 'GOVERNMENT', vettingScore: null }).messageClass).toBe('E');
    });
  });
});
