/** Text helpers shared by the rules: template placeholders and tolerant word matching. */

/** `{first_name}`, `{{code}}`, `[order number]`, `<link>`: how samples mark template fields. */
const placeholderPattern = /\{\{[^{}\n]{1,60}\}\}|\{[^{}\n]{1,60}\}|\[[^[\]\n]{1,60}\]|<[^<>\n]{1,60}>/g;

/** The names inside the sample's bracketed template fields, lower-cased and split into words. */
export function placeholderNames(text: string): string[][] {
  return [...text.matchAll(placeholderPattern)].map((match) => words(match[0]));
}

/** The text with its bracketed template fields blanked out, so they are never read as literal content. */
export function withoutPlaceholders(text: string): string {
  return text.replace(placeholderPattern, ' ');
}

const unbracketedPatterns: { pattern: RegExp; looksLike: string }[] = [
  { pattern: /%{1,2}[A-Za-z_]\w*%{1,2}/, looksLike: 'a %field% merge tag' },
  { pattern: /\$[A-Za-z_][A-Za-z0-9_]*/, looksLike: 'a $field merge tag' },
  { pattern: /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/, looksLike: 'an UPPER_SNAKE field name' },
  { pattern: /\b[Xx]{4,}\b|#{3,}/, looksLike: 'an XXXX or ### stand-in' },
  { pattern: /[{}[\]]/, looksLike: 'an unbalanced bracket' },
];

/** What an unbracketed template field in the text looks like, if it has one. */
export function unbracketedPlaceholder(text: string): { found: string; looksLike: string } | undefined {
  const outside = withoutPlaceholders(text);
  for (const { pattern, looksLike } of unbracketedPatterns) {
    const match = pattern.exec(outside);
    if (match) return { found: match[0], looksLike };
  }
  return undefined;
}

/**
 * Lower-cased words with accents, punctuation and possessives dropped and `&` read as `and`;
 * dotted initials are joined (`L.L.C.` → `llc`), so spelling variants compare equal.
 */
export function words(text: string): string[] {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b[a-z](?:\.[a-z])+\.?/g, (initials) => initials.replace(/\./g, ''))
    .replace(/&/g, ' and ')
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '');
  return plain.split(/[^a-z0-9]+/).filter((word) => word.length > 0);
}

/** Whether `needle` occurs as consecutive words of `haystack`. */
export function containsWords(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (needle.every((word, offset) => haystack[start + offset] === word)) return true;
  }
  return false;
}

export function isBlank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim().length === 0;
}
