/**
 * An inbound text reduced to what keyword matching looks at: lower-case words of letters and digits.
 * Punctuation, emoji and spacing go; apostrophes stay inside words ("don't"); a hyphen splits a word
 * ("opt-out" → "opt out"). NFKC folds full-width and other compatibility forms ("ＳＴＯＰ！" → "stop").
 */

const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
const NOT_WORD = /[^\p{L}\p{N}']+/u;
const CLAUSE_END = /[.!?,;:\n\r]+/;

/** The words of a text, lower-cased; empty for a text of only punctuation, emoji or spaces. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .split(NOT_WORD)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word !== '');
}

/** The text's sentences and clauses (split at . ! ? , ; : and line breaks), each as words; none empty. */
export function clausesOf(text: string): string[][] {
  return text
    .normalize('NFKC')
    .split(CLAUSE_END)
    .map(wordsOf)
    .filter((words) => words.length > 0);
}
