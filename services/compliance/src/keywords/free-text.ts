/**
 * Free-text revocations: replies that are not a keyword but that a reasonable person reads as "stop".
 *
 * The FCC's 2024 Report and Order (FCC 24-24; 47 CFR 64.1200(a)(10)) lets consumers revoke consent "by
 * any reasonable means"; wording other than the seven per-se keywords is judged on the totality of the
 * circumstances, and CTIA's Messaging Principles (§ 5.1.3) ask senders to act on "normal language"
 * opt-outs such as "please opt me out". Each pattern below is one way people say it, with tests beside
 * it (free-text.unit.spec.ts). The patterns run on each clause of the message (split at . ! ? , ; :),
 * lower-cased, as words one space apart.
 *
 * Guarded patterns are discarded when a negation comes shortly before them in the same clause
 * ("don't stop texting me", "I didn't opt out"). When unsure, the patterns lean towards opting out: a
 * wrong opt-out costs one customer a resubscribe; a missed one is a TCPA violation.
 */
import { clausesOf } from './normalize.js';

export interface FreeTextPattern {
  readonly name: string;
  readonly pattern: RegExp;
  /** Discard the match when a negation precedes it in its clause. */
  readonly guarded: boolean;
}

const DETERMINERS = '(?:(?:all|the|these|those|your|this|any|my|more) ){0,2}';
const MESSAGES =
  '(?:texts?|text messages?|messages?|msgs?|txts?|sms|alerts|notifications|subscriptions?|spam)';

export const FREE_TEXT_PATTERNS: readonly FreeTextPattern[] = [
  {
    name: 'STOP_CONTACTING',
    pattern:
      /\b(?:stop|quit|cease) (?:texting|txting|messaging|msging|contacting|spamming|bothering|calling|smsing)\b/,
    guarded: true,
  },
  {
    name: 'STOP_THE_MESSAGES',
    pattern: new RegExp(
      `\\b(?:stop|quit|cease|end|cancel) (?:sending (?:me )?)?${DETERMINERS}${MESSAGES}\\b`,
    ),
    guarded: true,
  },
  {
    name: 'STOP_SENDING_THIS',
    pattern: /\bstop sending (?:me )?(?:this|these|them|those|that)\b/,
    guarded: true,
  },
  {
    name: 'STOP_IT',
    pattern: /^(?:please )?(?:stop|quit) (?:it|this|that|them)(?: please| now)?$/,
    guarded: false,
  },
  { name: 'IF_YOU_DONT_STOP', pattern: /\bif (?:you|u) (?:don't|dont|do not) stop\b/, guarded: false },
  {
    name: 'DONT_CONTACT_ME',
    pattern:
      /\b(?:don't|dont|do not|never) (?:ever )?(?:text|txt|message|msg|contact|sms|call|email) (?:me|us|this number|my number)\b/,
    guarded: false,
  },
  {
    name: 'DONT_WANT_MESSAGES',
    pattern: new RegExp(
      `\\b(?:don't|dont|do not) (?:want|wish) (?:to (?:get|receive) )?(?:anymore )?${DETERMINERS}${MESSAGES}\\b`,
    ),
    guarded: false,
  },
  {
    name: 'NO_MORE',
    pattern: new RegExp(`\\bno more (?:${MESSAGES}|of (?:this|these|your|them))\\b`),
    guarded: false,
  },
  {
    name: 'REMOVE_ME',
    pattern:
      /\b(?:remove|delete|erase) (?:me|my number|this number|my phone number|my info)\b|\b(?:take|get) (?:me|my number|this number) (?:off|out)\b|^remove$/,
    guarded: true,
  },
  { name: 'UNSUBSCRIBE', pattern: /\bunsub(?:scribe|scribed|scribing)?\b/, guarded: true },
  { name: 'OPT_OUT', pattern: /\bopt(?:ed|ing)? (?:me )?out\b|\boptout\b/, guarded: true },
  {
    name: 'REVOKE_CONSENT',
    pattern: /\b(?:revoke|revoking|withdraw|withdrawing) (?:my )?(?:consent|permission)\b/,
    guarded: true,
  },
  { name: 'LEAVE_ME_ALONE', pattern: /\bleave me alone\b/, guarded: true },
  { name: 'WRONG_NUMBER', pattern: /\bwrong (?:number|person)\b/, guarded: true },
];

/** Words that negate what follows them within a few words. "no" is not one: "no, stop texting me". */
const NEGATIONS: ReadonlySet<string> = new Set([
  "don't",
  'dont',
  'not',
  'never',
  "won't",
  'wont',
  "didn't",
  'didnt',
  "doesn't",
  'doesnt',
  "isn't",
  'isnt',
]);
const NEGATION_REACH = 4;

function negatedBefore(clause: string, index: number): boolean {
  const before = clause.slice(0, index).split(' ').filter(Boolean).slice(-NEGATION_REACH);
  return before.some((word) => NEGATIONS.has(word));
}

/** Keywords that, opening a longer message ("STOP! who is this?"), still mean opt out. */
const OPENING_KEYWORDS: ReadonlySet<string> = new Set([
  'stop',
  'stopall',
  'stop all',
  'unsubscribe',
  'quit',
  'revoke',
  'optout',
  'opt out',
]);

/** The opt-out keyword that makes up the message's first clause, when one does ("Stop. I never signed up"). */
export function openingKeyword(text: string): string | null {
  const clause = clausesOf(text)[0]?.join(' ') ?? '';
  return OPENING_KEYWORDS.has(clause) ? clause : null;
}

/** The words of the first clause a pattern reads as a revocation; null when none does. */
export function freeTextRevocation(text: string): string | null {
  for (const clause of clausesOf(text).map((words) => words.join(' '))) {
    for (const { pattern, guarded } of FREE_TEXT_PATTERNS) {
      const match = pattern.exec(clause);
      if (match && !(guarded && negatedBefore(clause, match.index))) return match[0];
    }
  }
  return null;
}
