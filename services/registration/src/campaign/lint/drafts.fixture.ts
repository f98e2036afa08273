/** Test support: a clean campaign draft to vary one field at a time. */
import type { CampaignDraftForLint, CampaignFlags } from './types.js';

export const cleanDraft: CampaignDraftForLint = {
  brandDisplayName: 'Acme Dental',
  brandLegalName: 'Acme Dental Group, LLC',
  useCase: 'ACCOUNT_NOTIFICATION',
  description:
    'Acme Dental sends appointment confirmations, reminders and billing notices to patients who asked for them by text.',
  messageFlow:
    'Patients opt in when booking at https://acmedental.com/book by ticking an unticked box: "I agree to receive ' +
    'appointment texts from Acme Dental. Msg & data rates may apply. Reply STOP to cancel." Front-desk staff also ' +
    'collect verbal consent in person and record it in the patient file.',
  sampleMessages: [
    'Acme Dental: Hi {first_name}, your cleaning is confirmed for {date} at {time}. Reply STOP to opt out.',
    'Acme Dental: your statement of {amount} is ready in the patient portal. Reply HELP for help.',
  ],
  helpMessage:
    'Acme Dental: for help call (415) 555-0134 or email care@acmedental.com. Reply STOP to opt out.',
  optOutMessage: 'Acme Dental: you are unsubscribed and will receive no further messages.',
  optInMessage:
    'Acme Dental: you are subscribed to appointment alerts. Msg frequency varies. Msg & data rates may apply. ' +
    'Reply HELP for help, STOP to cancel.',
  helpKeywords: ['HELP', 'INFO'],
  optOutKeywords: ['STOP', 'CANCEL', 'END', 'QUIT', 'UNSUBSCRIBE'],
  optInKeywords: ['START'],
  flags: {
    subscriberOptIn: true,
    subscriberOptOut: true,
    subscriberHelp: true,
    numberPool: false,
    directLending: false,
    embeddedLink: false,
    embeddedPhone: false,
    affiliateMarketing: false,
    ageGated: false,
  },
};

type DraftChanges = Partial<Omit<CampaignDraftForLint, 'flags'>> & { flags?: Partial<CampaignFlags> };

/** The clean draft with some fields changed (flags merged one by one). */
export function draft(changes: DraftChanges = {}): CampaignDraftForLint {
  return { ...cleanDraft, ...changes, flags: { ...cleanDraft.flags, ...changes.flags } };
}

/** The clean draft with other samples. */
export function withSamples(...sampleMessages: string[]): CampaignDraftForLint {
  return draft({ sampleMessages });
}

/** A string of exactly `length` characters: the text, padded with words. */
export function ofLength(text: string, length: number): string {
  return `${text} ${'lorem '.repeat(length)}`.slice(0, length).replace(/\s$/, 'x');
}

/** For one lint code: a draft that triggers it, and a near miss that must not. */
export interface CodeCase {
  when: string;
  draft: CampaignDraftForLint;
  /** What the finding must also say, e.g. which sample. */
  expected?: { field?: string; sample?: number };
  nearMiss: { when: string; draft: CampaignDraftForLint };
}
