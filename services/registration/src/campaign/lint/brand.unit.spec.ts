import { describe, expect, it } from 'vitest';
import { brandVariants, namesBrand } from './brand.js';

const acme = brandVariants('Acme Dental', 'Acme Dental Group, L.L.C.');

describe('Campaign lint > brand matching', () => {
  describe('when the text writes the brand another way', () => {
    it.each([
      'ACME DENTAL: your visit is tomorrow.',
      'acme dental: your visit is tomorrow.',
      "Acme Dental's team will see you tomorrow.",
      'Acme-Dental: see you tomorrow.',
      'Acme Dental Group LLC: see you tomorrow.',
      'Acme Dental Group, Inc. reminds you of your visit.',
      'Your bill is at acmedental.com/portal.',
      'From the Acme  Dental   team: see you.',
    ])('finds it in %j', (text) => {
      expect(namesBrand(text, acme)).toBe(true);
    });
  });

  describe('when the brand has a company form, "The", a d/b/a, an ampersand or a possessive', () => {
    it.each([
      ['The Corner Bakery, Inc.', 'Corner Bakery: your order is ready.'],
      ['Smith Holdings LLC dba Joe’s Pizza', "Joe's Pizza: your order is ready."],
      ["Joe's Plumbing", 'Joes Plumbing: we are on our way.'],
      ['Johnson & Sons Roofing', 'Johnson and Sons Roofing: your estimate is ready.'],
      ['Café Olé LLC', 'CAFE OLE: your table is ready.'],
    ])('finds %j in %j', (name, text) => {
      expect(namesBrand(text, brandVariants(name, name))).toBe(true);
    });
  });

  describe('when the text only has a template field or a look-alike word', () => {
    it.each([
      '[Company Name]: your visit is tomorrow.',
      '{brand}: your visit is tomorrow.',
      'Acme: your visit is tomorrow.',
      'Dental reminder: your visit is tomorrow.',
    ])('does not find it in %j', (text) => {
      expect(namesBrand(text, acme)).toBe(false);
    });

    it('does not find a short brand inside another word ("Ace" in "place")', () => {
      expect(namesBrand('Your place in line is saved.', brandVariants('Ace', 'Ace LLC'))).toBe(false);
    });
  });
});
