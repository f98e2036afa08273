import { placeholderNames } from './text.js';

/**
 * A North American number as people write it: `(415) 555-0134`, `415.555.0134`, `1-800-555-0199`,
 * `+1 415 555 0134`, `+14155550134`. Ten bare digits count only next to "call", "text" and the like,
 * so order numbers, OTP codes and tracking ids are not mistaken for phones.
 */
const formattedPhone =
  /(?<![\d+])(?:\+?1[\s.-]?)?(?:\(\s*[2-9]\d{2}\s*\)|[2-9]\d{2})[\s.-]?[2-9]\d{2}[\s.-]?\d{4}(?!\d)/g;
const contextualPhone =
  /\b(?:call|text|txt|phone|tel|dial|contact|reach)\b\D{0,15}?((?:\+?1)?[2-9]\d{2}[2-9]\d{6})(?!\d)/gi;
/** Toll-free vanity numbers: `1-800-FLOWERS`, `888-ACME-NOW`. */
const vanityPhone = /(?<!\d)(?:1[\s.-]?)?8(?:00|33|44|55|66|77|88)[\s.-][A-Z0-9]{3}[\s.-]?[A-Z0-9]{3,4}\b/g;

const phoneFieldWords = new Set(['phone', 'tel', 'telephone', 'callback', 'tollfree']);

function isWritten(candidate: string): boolean {
  return candidate.startsWith('+') || /[\s.()-]/.test(candidate);
}

/** Phone numbers in a message, including bracketed template fields named as phones (`[support phone]`). */
export function findPhoneNumbers(text: string): string[] {
  const formatted = [...text.matchAll(formattedPhone)].map((match) => match[0]).filter(isWritten);
  const contextual = [...text.matchAll(contextualPhone)].map((match) => match[1] ?? match[0]);
  const vanity = [...text.matchAll(vanityPhone)].map((match) => match[0]);
  const templated = placeholderNames(text)
    .filter((name) => name.some((word) => phoneFieldWords.has(word)))
    .map((name) => `[${name.join(' ')}]`);
  return [...new Set([...formatted, ...contextual, ...vanity, ...templated])];
}
