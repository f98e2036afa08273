import { containsWords, withoutPlaceholders, words } from './text.js';

/** Company-form words a sample may leave out: "Acme Dental" identifies "Acme Dental, LLC". */
const companyForms = new Set([
  'llc',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'lp',
  'llp',
  'lllp',
  'pllc',
  'pc',
  'pa',
  'plc',
]);

/** Plural and possessive spellings compare equal: "Joes Plumbing" names "Joe's Plumbing". */
const stem = (word: string): string => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word);

function nameVariants(name: string): string[][] {
  return name
    .split(/\b(?:d\/b\/a|dba)\b/i)
    .map((part) => {
      const nameWords = words(part);
      while (nameWords.length > 1 && companyForms.has(nameWords.at(-1) ?? '')) nameWords.pop();
      if (nameWords[0] === 'the' && nameWords.length > 1) nameWords.shift();
      return nameWords.map(stem);
    })
    .filter((variant) => variant.length > 0);
}

/** The ways a brand may be written in a message: its display and legal names, with or without "LLC". */
export function brandVariants(displayName: string, legalName: string): string[][] {
  return [...nameVariants(displayName), ...nameVariants(legalName)];
}

/**
 * Whether the text names the brand, case- and punctuation-blind ("ACME DENTAL:", "Acme Dental's",
 * "acmedental.com"). Bracketed template fields do not count: `[Company Name]` names nobody.
 */
export function namesBrand(text: string, variants: readonly string[][]): boolean {
  const textWords = words(withoutPlaceholders(text)).map(stem);
  const squashed = textWords.join('');
  return variants.some(
    (variant) =>
      containsWords(textWords, variant) || (variant.length > 1 && squashed.includes(variant.join(''))),
  );
}
