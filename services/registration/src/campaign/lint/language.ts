/** Recognisers for the compliance language carriers look for in samples and keyword replies. */
import { findLinks } from './links.js';
import { findPhoneNumbers } from './phones.js';

const optOutKeywords = '(?:stop|stopall|cancel|unsubscribe|quit|optout)';
const optOutOutcomes = String.raw`(?:opt[\s-]?out|cancel|unsubscribe|end|stop|quit|be removed)`;

/**
 * "Reply STOP to opt out", "Txt STOP to cancel", "Reply with the word STOP", "STOP 2 end",
 * "Reply HELP for help, STOP to unsubscribe": an opt-out keyword given as what to send, or STOP and
 * what it does. "Reply C to cancel your appointment" is not one: C is not an opt-out keyword; and
 * END counts only in capitals, so "we text end-of-day updates" is not one either.
 */
const optOutInstructions = [
  new RegExp(
    String.raw`\b(?:reply|rply|respond|text|txt|send|msg|type)\s+(?:with\s+)?(?:the\s+word\s+)?["“'(]?${optOutKeywords}\b`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:stop|stopall|unsubscribe|quit)\b["”')]?\s*(?:to|2|=|:|-|for)\s*${optOutOutcomes}\b`,
    'i',
  ),
  /\b(?:[Rr]eply|[Tt]e?xt|[Ss]end|[Rr]espond)\s+["“'(]?END\b/,
];

export function hasOptOutInstruction(text: string): boolean {
  return optOutInstructions.some((pattern) => pattern.test(text));
}

/** "You have been unsubscribed", "no further messages", "You will not receive any more texts". */
const optOutConfirmations =
  /\b(?:unsubscribed|opted[\s-]?out|opt[\s-]?out (?:confirmed|request)|removed from|no (?:more|further) (?:messages|msgs|texts|text messages|alerts|sms)|(?:won['’]?t|will not|will no longer|no longer)\s+(?:be\s+)?(?:receive|get|sent|send|be sent|text)|stop(?:ped)? (?:sending|texting))/i;

export function confirmsOptOut(text: string): boolean {
  return optOutConfirmations.test(text);
}

export function mentionsHelp(text: string): boolean {
  return /\bhelp\b/i.test(text);
}

/** "Msg & data rates may apply", "Message and data rates may apply", "msg&data rates". */
export function disclosesRates(text: string): boolean {
  return /\b(?:msg|message|messaging|txt|text)\s*(?:&|and|\+)\s*data\s*rates\b|\bdata rates may apply\b|\bstandard (?:message|msg|messaging) (?:and|&) data rates\b/i.test(
    text,
  );
}

/** "Msg frequency varies", "up to 4 msgs/month", "recurring messages", "2 texts per week". */
export function disclosesFrequency(text: string): boolean {
  return /\bfrequency\b|\bfreq\b|\brecurring\b|\b\d+\s*(?:msgs?|messages|texts?|alerts?)\s*(?:\/|per|a|each)\s*(?:mo|month|wk|week|day)\b/i.test(
    text,
  );
}

const emailPattern = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** Whether the text gives a way to reach the sender: a phone number, an email address or a website. */
export function givesContact(text: string): boolean {
  return emailPattern.test(text) || findPhoneNumbers(text).length > 0 || findLinks(text).length > 0;
}
