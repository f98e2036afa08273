import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from './phones.js';

describe('Campaign lint > phone numbers', () => {
  describe('when a message has a phone number', () => {
    it.each([
      '(415) 555-0134',
      '415-555-0134',
      '415.555.0134',
      '415 555 0134',
      '1-800-555-0199',
      '+1 415 555 0134',
      '+14155550134',
      '1-800-FLOWERS',
      '[support phone]',
      '{phone_number}',
    ])('finds %j', (phone) => {
      expect(findPhoneNumbers(`Questions? Reach us at ${phone}.`)).toHaveLength(1);
    });

    it('finds ten bare digits after "call"', () => {
      expect(findPhoneNumbers('Call 4155550134 to reschedule.')).toEqual(['4155550134']);
    });
  });

  describe('when a message has other numbers', () => {
    it.each([
      'Your code is 123456.',
      'Order #4155550134 has shipped.',
      'Tracking 1Z999AA10123456784.',
      'Your visit is on 12/25/2025 at 10:30.',
      'Your balance is $1,234.56.',
      'Ship to 94105-1234.',
      'Reply 1 to accept or 2 for a refund.',
      'Order 112-1234567-1234567 is on its way.',
    ])('finds none in %j', (text) => {
      expect(findPhoneNumbers(text)).toEqual([]);
    });
  });
});
