import { describe, expect, it } from 'vitest';
import { dedicatedUseCases, isSpecialUseCase, specialUseCases, useCaseFamily, useCases } from './use-case.js';

describe('Carrier throughput > use cases', () => {
  describe('when the use case serves one declared purpose', () => {
    it.each(dedicatedUseCases)('puts %s in the dedicated family', (useCase) => {
      expect(useCaseFamily(useCase)).toEqual({ family: 'DEDICATED' });
    });
  });

  describe('when the use case mixes purposes or markets', () => {
    it.each(['MIXED', 'MARKETING'] as const)('puts %s in the mixed-or-marketing family', (useCase) => {
      expect(useCaseFamily(useCase)).toEqual({ family: 'MIXED_OR_MARKETING' });
    });
  });

  describe('when the use case has a family of its own', () => {
    it('puts LOW_VOLUME in the low-volume family', () => {
      expect(useCaseFamily('LOW_VOLUME')).toEqual({ family: 'LOW_VOLUME' });
    });

    it('puts SOLE_PROPRIETOR in the sole-proprietor family', () => {
      expect(useCaseFamily('SOLE_PROPRIETOR')).toEqual({ family: 'SOLE_PROPRIETOR' });
    });
  });

  describe('when the use case is special', () => {
    it.each(specialUseCases)('puts %s in the special family, keeping which one it is', (useCase) => {
      expect(useCaseFamily(useCase)).toEqual({ family: 'SPECIAL', useCase });
      expect(isSpecialUseCase(useCase)).toBe(true);
    });
  });

  describe('when listing every use case', () => {
    it('lists each once', () => {
      expect(new Set(useCases).size).toBe(useCases.length);
    });

    it('marks exactly the special ones as special', () => {
      expect(useCases.filter(isSpecialUseCase)).toEqual([...specialUseCases]);
    });
  });
});
