/**
 * What an inbound text asks for: opt out, opt (back) in, help, or nothing. Pure; the caller applies it.
 *
 * In order:
 * 1. The message is a standard keyword (standard-keywords.ts), tolerantly (match-keyword.ts): KEYWORD.
 *    Standard keywords cannot be repurposed, so they win over a campaign's custom keywords.
 * 2. The message is one of the campaign's custom keywords, same tolerance: CUSTOM_KEYWORD (opt-out
 *    lists checked first, then opt-in, then help, should a campaign list a word twice).
 * 3. The message opens with a STOP-family keyword ("STOP! who is this?") or reads as a revocation in
 *    free text (free-text.ts): OPT_OUT by FREE_TEXT. Free text never opts in or asks for help.
 * 4. Otherwise NONE.
 */
import { freeTextRevocation, openingKeyword } from './free-text.js';
import { keywordCore, keywordKey } from './match-keyword.js';
import { wordsOf } from './normalize.js';
import { type KeywordKind, STANDARD_KEYWORDS, type StandardKeyword } from './standard-keywords.js';

export type InboundKind = KeywordKind | 'NONE';

export interface InboundClassification {
  readonly kind: InboundKind;
  /** The keyword (upper case) or, for free text, the words that did it; null for NONE. */
  readonly keyword: string | null;
  readonly how: 'KEYWORD' | 'CUSTOM_KEYWORD' | 'FREE_TEXT' | null;
  /** ALL for STOPALL / STOP ALL: everything the sender sends; the caller decides what that covers. */
  readonly scope: 'ALL' | null;
}

/** A campaign's own keywords, as registered (any case; "OPT-IN" and "opt in" are the same). */
export interface CustomKeywords {
  readonly optOut?: readonly string[];
  readonly optIn?: readonly string[];
  readonly help?: readonly string[];
}

export interface ClassifyOptions {
  readonly customKeywords?: CustomKeywords;
}

const NONE: InboundClassification = { kind: 'NONE', keyword: null, how: null, scope: null };

const STANDARD_BY_KEY: ReadonlyMap<string, StandardKeyword> = new Map(
  STANDARD_KEYWORDS.map((standard) => [keywordKey(wordsOf(standard.keyword)), standard]),
);

function customMatch(key: string, custom: CustomKeywords): InboundClassification | null {
  const lists: [KeywordKind, readonly string[] | undefined][] = [
    ['OPT_OUT', custom.optOut],
    ['OPT_IN', custom.optIn],
    ['HELP', custom.help],
  ];
  for (const [kind, keywords] of lists) {
    const hit = (keywords ?? []).map(wordsOf).find((words) => words.length > 0 && keywordKey(words) === key);
    if (hit) return { kind, keyword: keywordKey(hit).toUpperCase(), how: 'CUSTOM_KEYWORD', scope: null };
  }
  return null;
}

function freeText(text: string): InboundClassification | null {
  const opening = openingKeyword(text);
  if (opening) {
    const standard = STANDARD_BY_KEY.get(opening);
    return {
      kind: 'OPT_OUT',
      keyword: opening.toUpperCase(),
      how: 'FREE_TEXT',
      scope: standard?.scope ?? null,
    };
  }
  const words = freeTextRevocation(text);
  return words ? { kind: 'OPT_OUT', keyword: words, how: 'FREE_TEXT', scope: null } : null;
}

/** Classifies one inbound message; `customKeywords` are the campaign's own. */
export function classifyInbound(text: string, options: ClassifyOptions = {}): InboundClassification {
  const key = keywordKey(keywordCore(wordsOf(text)));
  if (key === '') return NONE;
  const standard = STANDARD_BY_KEY.get(key);
  if (standard)
    return { kind: standard.kind, keyword: standard.keyword, how: 'KEYWORD', scope: standard.scope };
  return customMatch(key, options.customKeywords ?? {}) ?? freeText(text) ?? NONE;
}
