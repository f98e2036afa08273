/** Test support: a triggering case and a near miss for each description and message-flow code. */
import type { LintCode } from './codes.js';
import { type CodeCase, cleanDraft, draft, ofLength } from './drafts.fixture.js';

const webFlow = (where: string) =>
  `Patients opt in ${where} by ticking an unticked box agreeing to receive appointment texts from Acme Dental.`;

export const consentCases = {
  DESCRIPTION_TOO_SHORT: {
    when: 'the description has 18 characters',
    draft: draft({ description: 'Appointment texts.' }),
    expected: { field: 'description' },
    nearMiss: {
      when: 'it has 40',
      draft: draft({ description: ofLength('Acme Dental appointment reminders', 40) }),
    },
  },
  DESCRIPTION_TOO_LONG: {
    when: 'the description has 4,097 characters',
    draft: draft({ description: ofLength(cleanDraft.description, 4097) }),
    nearMiss: { when: 'it has 4,096', draft: draft({ description: ofLength(cleanDraft.description, 4096) }) },
  },
  MESSAGE_FLOW_TOO_SHORT: {
    when: 'the message flow has 24 characters',
    draft: draft({ messageFlow: 'Customers opt in online.' }),
    expected: { field: 'messageFlow' },
    nearMiss: { when: 'it has 40', draft: draft({ messageFlow: ofLength(cleanDraft.messageFlow, 40) }) },
  },
  MESSAGE_FLOW_TOO_LONG: {
    when: 'the message flow has 2,049 characters',
    draft: draft({ messageFlow: ofLength(cleanDraft.messageFlow, 2049) }),
    nearMiss: { when: 'it has 2,048', draft: draft({ messageFlow: ofLength(cleanDraft.messageFlow, 2048) }) },
  },
  MESSAGE_FLOW_NO_CONSENT: {
    when: 'the flow only says phone numbers are collected',
    draft: draft({
      messageFlow: 'Patients give us their mobile number when they book a visit with our dental team.',
    }),
    expected: { field: 'messageFlow' },
    nearMiss: {
      when: 'it says they text a keyword to opt in',
      draft: draft({
        messageFlow: 'Patients text START to (415) 555-0134 from the poster in our waiting room.',
      }),
    },
  },
  MESSAGE_FLOW_WEB_OPT_IN_WITHOUT_URL: {
    when: 'the flow describes a web form but gives no URL',
    draft: draft({ messageFlow: webFlow('on our website booking form') }),
    nearMiss: { when: 'it gives the URL', draft: draft({ messageFlow: webFlow('at acmedental.com/book') }) },
  },
  MESSAGE_FLOW_IMPLIED_CONSENT: {
    when: 'the consent box is pre-checked',
    draft: draft({ messageFlow: `${cleanDraft.messageFlow} The SMS box is pre-checked for convenience.` }),
    nearMiss: {
      when: 'the flow says it is never pre-checked',
      draft: draft({ messageFlow: `${cleanDraft.messageFlow} The SMS box is never pre-checked.` }),
    },
  },
  MESSAGE_FLOW_THIRD_PARTY_CONSENT: {
    when: 'the flow relies on purchased lead lists',
    draft: draft({ messageFlow: `${cleanDraft.messageFlow} We also text purchased lead lists.` }),
    nearMiss: {
      when: 'it promises numbers are not shared with third parties',
      draft: draft({ messageFlow: `${cleanDraft.messageFlow} Numbers are not shared with third parties.` }),
    },
  },
  OPT_IN_KEYWORD_NOT_DECLARED: {
    when: 'the flow advertises "Text JOIN to…" and JOIN is not an opt-in keyword',
    draft: draft({ messageFlow: `${cleanDraft.messageFlow} Posters say: Text JOIN to (415) 555-0134.` }),
    expected: { field: 'optInKeywords' },
    nearMiss: {
      when: 'JOIN is one',
      draft: draft({
        messageFlow: `${cleanDraft.messageFlow} Posters say: Text JOIN to (415) 555-0134.`,
        optInKeywords: ['START', 'JOIN'],
      }),
    },
  },
} satisfies Partial<Record<LintCode, CodeCase>>;
