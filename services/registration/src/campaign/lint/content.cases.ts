/** Test support: a triggering case and a near miss for each link, phone and content code. */
import type { LintCode } from './codes.js';
import { type CodeCase, cleanDraft, draft } from './drafts.fixture.js';

const [first = ''] = cleanDraft.sampleMessages;
const tracked =
  'Acme Dental: your aligners shipped. Track them at https://acmedental.com/t/{id}. Reply STOP to opt out.';
const shortened = 'Acme Dental: your aligners shipped. Track them at bit.ly/3xYz. Reply STOP to opt out.';
const called = 'Acme Dental: please call (415) 555-0134 to reschedule. Reply STOP to opt out.';
const wine = 'Acme Dental: join our wine tasting fundraiser on Friday. Reply STOP to opt out.';
const vape = 'Acme Dental: vaping stains teeth; ask us about our vape cessation kit. Reply STOP to opt out.';
const loan = 'Acme Dental: your treatment loan payment of {amount} is due {date}. Reply STOP to opt out.';

export const contentCases = {
  SAMPLE_LINK_WITHOUT_FLAG: {
    when: 'a sample has a link and the flag is off',
    draft: draft({ sampleMessages: [first, tracked] }),
    expected: { sample: 1, field: 'sampleMessages[1]' },
    nearMiss: {
      when: 'the flag is on',
      draft: draft({ sampleMessages: [first, tracked], flags: { embeddedLink: true } }),
    },
  },
  SAMPLE_PUBLIC_URL_SHORTENER: {
    when: 'a sample links through bit.ly, even with the link flag on',
    draft: draft({ sampleMessages: [first, shortened], flags: { embeddedLink: true } }),
    expected: { sample: 1 },
    nearMiss: {
      when: 'it links to the brand’s own domain',
      draft: draft({ sampleMessages: [first, tracked], flags: { embeddedLink: true } }),
    },
  },
  SAMPLE_INSECURE_LINK: {
    when: 'a sample links over plain http',
    draft: draft({
      sampleMessages: [first, tracked.replace('https', 'http')],
      flags: { embeddedLink: true },
    }),
    expected: { sample: 1 },
    nearMiss: {
      when: 'it uses https',
      draft: draft({ sampleMessages: [first, tracked], flags: { embeddedLink: true } }),
    },
  },
  EMBEDDED_LINK_FLAG_WITHOUT_SAMPLE: {
    when: 'the link flag is on and no sample has a link',
    draft: draft({ flags: { embeddedLink: true } }),
    expected: { field: 'flags.embeddedLink' },
    nearMiss: {
      when: 'a sample has a {tracking_link} field',
      draft: draft({
        sampleMessages: [
          first,
          'Acme Dental: track your aligners at {tracking_link}. Reply STOP to opt out.',
        ],
        flags: { embeddedLink: true },
      }),
    },
  },
  SAMPLE_PHONE_WITHOUT_FLAG: {
    when: 'a sample has a phone number and the flag is off',
    draft: draft({ sampleMessages: [first, called] }),
    expected: { sample: 1 },
    nearMiss: {
      when: 'the flag is on',
      draft: draft({ sampleMessages: [first, called], flags: { embeddedPhone: true } }),
    },
  },
  EMBEDDED_PHONE_FLAG_WITHOUT_SAMPLE: {
    when: 'the phone flag is on and no sample has a number',
    draft: draft({ flags: { embeddedPhone: true } }),
    expected: { field: 'flags.embeddedPhone' },
    nearMiss: {
      when: 'a sample has one',
      draft: draft({ sampleMessages: [first, called], flags: { embeddedPhone: true } }),
    },
  },
  AGE_GATED_CONTENT_WITHOUT_FLAG: {
    when: 'a sample mentions wine and the age-gated flag is off',
    draft: draft({ sampleMessages: [first, wine] }),
    expected: { sample: 1 },
    nearMiss: {
      when: 'the flag is on',
      draft: draft({ sampleMessages: [first, wine], flags: { ageGated: true } }),
    },
  },
  CARRIER_FORBIDDEN_CONTENT: {
    when: 'a sample mentions vapes, even with the age-gated flag on',
    draft: draft({ sampleMessages: [first, vape], flags: { ageGated: true } }),
    expected: { sample: 1 },
    nearMiss: {
      when: 'the age-gated content is alcohol',
      draft: draft({ sampleMessages: [first, wine], flags: { ageGated: true } }),
    },
  },
  DIRECT_LENDING_CONTENT_WITHOUT_FLAG: {
    when: 'a sample is about a loan and the direct-lending flag is off',
    draft: draft({ sampleMessages: [first, loan] }),
    expected: { sample: 1 },
    nearMiss: {
      when: 'the flag is on',
      draft: draft({ sampleMessages: [first, loan], flags: { directLending: true } }),
    },
  },
  SAMPLE_PROMOTIONAL_CONTENT_UNDECLARED: {
    when: 'an account-notification sample offers 20% off',
    draft: draft({
      sampleMessages: [first, 'Acme Dental: whitening is 20% off this month. Reply STOP to opt out.'],
    }),
    expected: { sample: 1 },
    nearMiss: {
      when: 'the campaign mixes in MARKETING',
      draft: draft({
        useCase: 'MIXED',
        subUseCases: ['ACCOUNT_NOTIFICATION', 'MARKETING'],
        sampleMessages: [first, 'Acme Dental: whitening is 20% off this month. Reply STOP to opt out.'],
      }),
    },
  },
  AFFILIATE_MARKETING_DECLARED: {
    when: 'the affiliate-marketing flag is on',
    draft: draft({ flags: { affiliateMarketing: true } }),
    expected: { field: 'flags.affiliateMarketing' },
    nearMiss: { when: 'it is off', draft: cleanDraft },
  },
} satisfies Partial<Record<LintCode, CodeCase>>;
