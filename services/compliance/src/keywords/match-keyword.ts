/**
 * Whole-message keyword matching: the message is the keyword, give or take punctuation, emoji, case,
 * repeats ("STOP STOP STOP") and a short word before ("please stop", "no, STOP", "just stop") or up to
 * two after ("STOP please", "stop now thanks"). Anything longer is not a keyword reply (free-text.ts reads those).
 */

const LEADING_POLITE: ReadonlySet<string> = new Set([
  'please',
  'pls',
  'plz',
  'kindly',
  'just',
  'ok',
  'okay',
  'no',
]);
const TRAILING_POLITE: readonly (readonly string[])[] = [
  ['thank', 'you'],
  ['thanks'],
  ['thx'],
  ['ty'],
  ['please'],
  ['pls'],
  ['plz'],
  ['now'],
];
const MAX_TRAILING_POLITE = 2;

function endsWith(words: readonly string[], suffix: readonly string[]): boolean {
  return (
    words.length > suffix.length &&
    suffix.every((word, i) => words[words.length - suffix.length + i] === word)
  );
}

/** The words that remain once repeats and polite words around them are dropped. */
export function keywordCore(words: readonly string[]): string[] {
  let core = words.filter((word, i) => word !== words[i - 1]);
  const first = core[0];
  if (core.length > 1 && first !== undefined && LEADING_POLITE.has(first)) core = core.slice(1);
  for (let dropped = 0; dropped < MAX_TRAILING_POLITE; dropped++) {
    const suffix = TRAILING_POLITE.find((polite) => endsWith(core, polite));
    if (!suffix) break;
    core = core.slice(0, core.length - suffix.length);
  }
  return core;
}

/** A keyword as matched: its words in lower case, one space apart ("opt-out" and "Opt Out" → "opt out"). */
export function keywordKey(words: readonly string[]): string {
  return words.join(' ');
}
