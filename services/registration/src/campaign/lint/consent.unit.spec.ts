import { describe, expect, it } from 'vitest';
import {
  advertisedKeywords,
  affirmedMatch,
  describesConsentAct,
  impliedConsent,
  namesConsentMeans,
} from './consent.js';

describe('Campaign lint > message flow consent', () => {
  describe('when the flow names a way of opting in', () => {
    it.each([
      ['web form and checkbox', 'Users tick an unticked box on the sign-up form at acme.com/join.'],
      ['keyword', 'Customers text JOIN to (415) 555-0134 from our window poster.'],
      ['verbal', 'Agents ask callers for verbal consent and record that the caller agreed.'],
      [
        'paper form',
        'Patients sign the paper intake form, which has an SMS consent line they initial to opt in.',
      ],
      ['point of sale', 'Cashiers ask at the point of sale and customers agree on the card reader.'],
      ['mobile app', 'Users opt in from the notification settings in our mobile app.'],
    ])('recognises %s', (_means, flow) => {
      expect(describesConsentAct(flow)).toBe(true);
      expect(namesConsentMeans(flow)).toBe(true);
    });
  });

  describe('when the flow only says a number is collected', () => {
    it('finds no consent act', () => {
      expect(describesConsentAct('We collect phone numbers when customers place an order.')).toBe(false);
    });

    it('finds no means in "customers opt in"', () => {
      expect(namesConsentMeans('Customers opt in to receive our texts.')).toBe(false);
    });
  });

  describe('when the flow advertises keywords', () => {
    it('reads the capitalised keyword, not ordinary words', () => {
      expect(advertisedKeywords('Text JOIN to 55555, or text us to ask. Reply "YES" to confirm.')).toEqual([
        'JOIN',
        'YES',
      ]);
    });
  });

  describe('when a risky phrase is negated just before it', () => {
    it.each([
      'The consent box is not pre-checked.',
      'Customers are never automatically enrolled.',
      'No one is automatically opted in.',
    ])('ignores %j', (flow) => {
      expect(affirmedMatch(flow, impliedConsent)).toBeUndefined();
    });

    it.each(['The consent box is pre-checked.', 'Customers who do not opt out are automatically enrolled.'])(
      'reports %j',
      (flow) => {
        expect(affirmedMatch(flow, impliedConsent)).toBeDefined();
      },
    );
  });
});
