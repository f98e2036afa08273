/**
 * The keywords every campaign answers, whatever it registered.
 *
 * Sources:
 * - FCC, Strengthening the Ability of Consumers to Stop Robocalls, Report and Order, CG Docket 02-278,
 *   FCC 24-24 (adopted 15 February 2024; 89 FR 15756, 5 March 2024), codified at 47 CFR
 *   64.1200(a)(10)–(12) ((a)(12), the one confirmation text, since 4 April 2024; the revocation rules
 *   since 11 April 2025): consent may be revoked by any reasonable means; a reply of "stop", "quit",
 *   "end", "revoke", "opt out", "cancel" or "unsubscribe" is a revocation per se; other wording is judged
 *   on the totality of the circumstances (see free-text.ts).
 * - CTIA Messaging Principles and Best Practices (May 2023), § 5.1.3 Consumer Opt-Out: standard STOP
 *   wording in instructions, and "opt-out requests with normal language (i.e., stop, end, unsubscribe,
 *   cancel, quit, 'please opt me out')" read and acted on. CTIA Short Code Monitoring Handbook: STOP,
 *   END, CANCEL, UNSUBSCRIBE, QUIT opt out; HELP and INFO get the help reply.
 * - STOPALL / STOP ALL: the carriers' and aggregators' keyword for "everything from this sender"; the
 *   result says scope ALL and the caller decides what ALL covers.
 * - Opt-in: START and UNSTOP are what carriers and aggregators (and their opt-out confirmations) tell
 *   people to send to resubscribe; YES is the usual double-opt-in reply. CTIA defines no universal
 *   opt-in keyword: opt-in is per campaign (§ 5.1.2), and the campaign's registration lists its own
 *   opt-in keywords. So SUBSCRIBE is not universal here: a campaign that advertises it lists it as a
 *   custom opt-in keyword. Reading it as opt-in everywhere would also resubscribe people who never saw
 *   it offered.
 */

export type KeywordKind = 'OPT_OUT' | 'OPT_IN' | 'HELP';

export interface StandardKeyword {
  readonly kind: KeywordKind;
  /** As reported: upper case, words separated by one space ("OPT OUT" for opt-out, opt out, Opt-Out). */
  readonly keyword: string;
  /** STOPALL and STOP ALL opt out of everything the sender sends. */
  readonly scope: 'ALL' | null;
}

const optOut = (keyword: string, scope: 'ALL' | null = null): StandardKeyword => ({
  kind: 'OPT_OUT',
  keyword,
  scope,
});

export const STANDARD_KEYWORDS: readonly StandardKeyword[] = [
  optOut('STOP'),
  optOut('STOPALL', 'ALL'),
  optOut('STOP ALL', 'ALL'),
  optOut('UNSUBSCRIBE'),
  optOut('CANCEL'),
  optOut('END'),
  optOut('QUIT'),
  optOut('REVOKE'),
  optOut('OPTOUT'),
  optOut('OPT OUT'),
  { kind: 'OPT_IN', keyword: 'START', scope: null },
  { kind: 'OPT_IN', keyword: 'UNSTOP', scope: null },
  { kind: 'OPT_IN', keyword: 'YES', scope: null },
  { kind: 'HELP', keyword: 'HELP', scope: null },
  { kind: 'HELP', keyword: 'INFO', scope: null },
];
