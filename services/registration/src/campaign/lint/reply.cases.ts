/** Test support: a triggering case and a near miss for each keyword, reply and use-case code. */
import type { LintCode } from './codes.js';
import { type CodeCase, cleanDraft, draft, ofLength } from './drafts.fixture.js';

const mixed = (subUseCases: CodeCase['draft']['useCase'][]) =>
  draft({
    useCase: 'MIXED',
    subUseCases,
    sampleMessages: [
      'Acme Dental: whitening is 20% off this month. Reply STOP to opt out.',
      'Acme Dental: your visit is tomorrow at {time}. Reply STOP to opt out.',
    ],
  });

export const replyCases = {
  SUB_USE_CASES_COUNT: {
    when: 'a MIXED campaign has one sub-use case',
    draft: mixed(['MARKETING']),
    expected: { field: 'subUseCases' },
    nearMiss: { when: 'it has two', draft: mixed(['MARKETING', 'ACCOUNT_NOTIFICATION']) },
  },
  SUB_USE_CASE_NOT_ALLOWED: {
    when: 'a MIXED campaign nests MIXED',
    draft: mixed(['MARKETING', 'MIXED']),
    nearMiss: { when: 'it mixes standard use cases', draft: mixed(['MARKETING', 'CUSTOMER_CARE']) },
  },
  SOLE_PROPRIETOR_NUMBER_POOL: {
    when: 'a sole-proprietor campaign asks for a number pool',
    draft: draft({ useCase: 'SOLE_PROPRIETOR', flags: { numberPool: true } }),
    expected: { field: 'flags.numberPool' },
    nearMiss: { when: 'a standard campaign does', draft: draft({ flags: { numberPool: true } }) },
  },
  SUBSCRIBER_FLAG_DISABLED: {
    when: 'subscriber help is off',
    draft: draft({ flags: { subscriberHelp: false } }),
    expected: { field: 'flags.subscriberHelp' },
    nearMiss: { when: 'opt-in, opt-out and help are on', draft: cleanDraft },
  },
  OPT_OUT_KEYWORDS_MISSING_STOP: {
    when: 'the opt-out keywords leave out STOP',
    draft: draft({ optOutKeywords: ['CANCEL', 'END'] }),
    nearMiss: { when: 'they have it in lower case', draft: draft({ optOutKeywords: ['stop', 'cancel'] }) },
  },
  HELP_KEYWORDS_MISSING_HELP: {
    when: 'the help keywords leave out HELP',
    draft: draft({ helpKeywords: ['INFO'] }),
    nearMiss: { when: 'they have it with stray spaces', draft: draft({ helpKeywords: [' help '] }) },
  },
  KEYWORD_NOT_ALPHANUMERIC: {
    when: 'an opt-out keyword has a space',
    draft: draft({ optOutKeywords: ['STOP', 'OPT OUT'] }),
    expected: { field: 'optOutKeywords' },
    nearMiss: { when: 'it is one word', draft: draft({ optOutKeywords: ['STOP', 'OPTOUT'] }) },
  },
  KEYWORD_IN_MULTIPLE_LISTS: {
    when: 'STOP is also an opt-in keyword',
    draft: draft({ optInKeywords: ['START', 'STOP'] }),
    nearMiss: { when: 'the opt-in keyword is UNSTOP', draft: draft({ optInKeywords: ['START', 'UNSTOP'] }) },
  },
  REPLY_MESSAGE_LENGTH: {
    when: 'the STOP reply has 321 characters',
    draft: draft({ optOutMessage: ofLength(cleanDraft.optOutMessage ?? '', 321) }),
    expected: { field: 'optOutMessage' },
    nearMiss: {
      when: 'it has 320',
      draft: draft({ optOutMessage: ofLength(cleanDraft.optOutMessage ?? '', 320) }),
    },
  },
  OPT_OUT_MESSAGE_MISSING: {
    when: 'there is no STOP reply',
    draft: draft({ optOutMessage: null }),
    nearMiss: { when: 'there is one', draft: cleanDraft },
  },
  OPT_OUT_MESSAGE_MISSING_CONFIRMATION: {
    when: 'the STOP reply does not confirm the opt-out',
    draft: draft({ optOutMessage: 'Acme Dental: thanks for your message, we will be in touch.' }),
    nearMiss: {
      when: 'it says "You\'ve opted out. No more msgs will be sent."',
      draft: draft({ optOutMessage: "Acme Dental: You've opted out. No more msgs will be sent." }),
    },
  },
  OPT_OUT_MESSAGE_MISSING_BRAND: {
    when: 'the STOP reply does not name the brand',
    draft: draft({ optOutMessage: 'You are unsubscribed and will receive no further messages.' }),
    nearMiss: {
      when: 'it names the legal name',
      draft: draft({
        optOutMessage: 'ACME DENTAL GROUP: you are unsubscribed and will receive no further messages.',
      }),
    },
  },
  HELP_MESSAGE_MISSING: {
    when: 'there is no HELP reply',
    draft: draft({ helpMessage: '  ' }),
    nearMiss: { when: 'there is one', draft: cleanDraft },
  },
  HELP_MESSAGE_MISSING_CONTACT: {
    when: 'the HELP reply gives no way to reach the sender',
    draft: draft({ helpMessage: 'Acme Dental: for help, contact our office. Reply STOP to opt out.' }),
    nearMiss: {
      when: 'it gives a website and a toll-free number',
      draft: draft({
        helpMessage: 'Acme Dental: help at acmedental.com/help or 1-800-555-0199. Reply STOP to opt out.',
      }),
    },
  },
  HELP_MESSAGE_MISSING_BRAND: {
    when: 'the HELP reply does not name the brand',
    draft: draft({ helpMessage: 'For help call (415) 555-0134. Reply STOP to opt out.' }),
    nearMiss: {
      when: 'it names the brand with a possessive',
      draft: draft({ helpMessage: "Acme Dental's help line: (415) 555-0134. Reply STOP to opt out." }),
    },
  },
  OPT_IN_MESSAGE_MISSING: {
    when: 'users can text START but there is no opt-in reply',
    draft: draft({ optInMessage: null }),
    nearMiss: {
      when: 'there are no opt-in keywords',
      draft: draft({ optInMessage: null, optInKeywords: [] }),
    },
  },
  OPT_IN_MESSAGE_INCOMPLETE: {
    when: 'the opt-in reply names neither the brand nor how to stop',
    draft: draft({
      optInMessage:
        'Thanks for subscribing! Msg frequency varies. Msg & data rates may apply. Reply HELP for help.',
    }),
    nearMiss: { when: 'it has both', draft: cleanDraft },
  },
  OPT_IN_MESSAGE_MISSING_DISCLOSURES: {
    when: 'the opt-in reply leaves out frequency, rates and HELP',
    draft: draft({
      optInMessage: 'Acme Dental: you are subscribed to appointment alerts. Reply STOP to cancel.',
    }),
    nearMiss: {
      when: 'it has them, abbreviated',
      draft: draft({
        optInMessage:
          'Acme Dental: subscribed! Up to 4 msgs/mo. Msg&data rates may apply. Txt HELP for help, STOP to end.',
      }),
    },
  },
} satisfies Partial<Record<LintCode, CodeCase>>;
