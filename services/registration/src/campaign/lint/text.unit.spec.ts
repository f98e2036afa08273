import { describe, expect, it } from 'vitest';
import { unbracketedPlaceholder, withoutPlaceholders, words } from './text.js';

describe('Campaign lint > template fields', () => {
  describe('when a sample marks its fields with brackets', () => {
    it.each([
      'Hi {first_name}, your code is {{code}}.',
      'Hi [name], track at <link>.',
      'Save 20% off, $20 off orders over $100, #1 in town.',
      'Use code MOM15 at checkout.',
    ])('accepts %j', (text) => {
      expect(unbracketedPlaceholder(text)).toBeUndefined();
    });

    it('blanks the fields out of the literal text', () => {
      expect(withoutPlaceholders('[Company Name]: hi {first_name}!')).toBe(' : hi  !');
    });
  });

  describe('when a sample writes a field without brackets', () => {
    it.each([
      ['Hi FIRST_NAME, your order shipped.', 'FIRST_NAME'],
      ['Hi %name%, your order shipped.', '%name%'],
      ['Hi $FirstName, your order shipped.', '$FirstName'],
      ['Your code is XXXXXX.', 'XXXXXX'],
      ['Hi {first_name, your order shipped.', '{'],
    ])('flags %j', (text, found) => {
      expect(unbracketedPlaceholder(text)?.found).toBe(found);
    });
  });

  describe('when words are compared', () => {
    it('ignores case, accents, punctuation and possessives, and reads & as and', () => {
      expect(words("CAFÉ Olé's B&B, L.L.C.")).toEqual(['cafe', 'ole', 'b', 'and', 'b', 'llc']);
    });
  });
});
