import type { NumberContext } from '../directory/directory.js';

type Campaign = NonNullable<NumberContext['campaign']>;

/**
 * The texts of compliance replies: the campaign's own, as registered with TCR, or a default that says
 * what CTIA expects (brand name, what happened, how to undo it, "Msg & data rates may apply" for HELP).
 */
export const replyTexts = {
  optOut: (c: Campaign) =>
    c.optOutMessage ??
    `${c.brandName}: You are unsubscribed and will receive no more messages. Reply START to resubscribe.`,
  optIn: (c: Campaign) =>
    c.optInMessage ??
    `${c.brandName}: You are subscribed again. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to opt out.`,
  help: (c: Campaign) =>
    c.helpMessage ??
    `${c.brandName}: For help, reply to this message. Msg frequency varies. Msg & data rates may apply. Reply STOP to opt out.`,
};
