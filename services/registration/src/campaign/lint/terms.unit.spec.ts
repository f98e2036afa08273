import { describe, expect, it } from 'vitest';
import { findAgeGatedTerms, findLendingTerm, findPromotionalTerm } from './terms.js';

describe('Campaign lint > regulated content terms', () => {
  describe('when a message is about age-gated goods', () => {
    it.each([
      ['Join our wine tasting Friday.', 'alcohol'],
      ['New craft BEERS on tap.', 'alcohol'],
      ['E-cigs and e-liquids in stock.', 'tobacco or vape'],
      ['Ammo restock at the gun shop.', 'firearms'],
      ['Our dispensary has new CBD gummies.', 'cannabis'],
      ['Place your sports betting parlay now.', 'gambling'],
      ['Must be 21+ to enter.', 'age limit'],
    ])('finds %j (%s)', (text, category) => {
      expect(findAgeGatedTerms(text).map((found) => found.category)).toContain(category);
    });
  });

  describe('when a message only looks like it', () => {
    it.each([
      'Bring a glue gun to the craft class.',
      'Weed control service is booked.',
      'Pick a time slot for your visit.',
      'Your burgundy sweater has shipped.',
      'Patients 18 and older may book online.',
    ])('finds nothing in %j', (text) => {
      expect(findAgeGatedTerms(text)).toEqual([]);
    });
  });

  describe('when a message is about lending', () => {
    it.each([
      'Your loan payment is due.',
      'You are pre-approved!',
      'Rates from 5.99% APR.',
      '0% financing available.',
    ])('finds a lending term in %j', (text) => {
      expect(findLendingTerm(text)).toBeDefined();
    });

    it('does not read the month "Apr" as an APR', () => {
      expect(findLendingTerm('Your visit is on Apr 12 at 3pm.')).toBeUndefined();
    });
  });

  describe('when a message makes an offer', () => {
    it.each(['Whitening is 20% off!', 'Use coupon SPRING.', 'Flash sale today.', 'Get $10 off.'])(
      'finds it in %j',
      (text) => {
        expect(findPromotionalTerm(text)).toBeDefined();
      },
    );

    it('does not take a notice for an offer', () => {
      expect(findPromotionalTerm('Your statement is ready. 2 of 3 items shipped.')).toBeUndefined();
    });
  });
});
