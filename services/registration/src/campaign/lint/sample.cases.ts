/** Test support: a triggering case and a near miss for each sample code. */
import type { LintCode } from './codes.js';
import { type CodeCase, draft, ofLength, withSamples } from './drafts.fixture.js';

const promo =
  'Acme Dental: {first_name}, whitening is 20% off this month. Book at the front desk. Reply STOP to opt out.';
const reminder =
  'Acme Dental: reminder, your visit is tomorrow at {time}. Reply C to cancel or STOP to opt out.';

export const sampleCases = {
  TOO_FEW_SAMPLES: {
    when: 'a MARKETING campaign has one sample',
    draft: draft({ useCase: 'MARKETING', sampleMessages: [promo] }),
    expected: { field: 'sampleMessages' },
    nearMiss: {
      when: 'a MARKETING campaign has two',
      draft: draft({ useCase: 'MARKETING', sampleMessages: [promo, reminder] }),
    },
  },
  TOO_MANY_SAMPLES: {
    when: 'there are six samples',
    draft: withSamples(
      ...[1, 2, 3, 4, 5, 6].map((n) => `Acme Dental: notice ${n} about your account. Reply STOP to opt out.`),
    ),
    nearMiss: {
      when: 'there are five',
      draft: withSamples(
        ...[1, 2, 3, 4, 5].map((n) => `Acme Dental: notice ${n} about your account. Reply STOP to opt out.`),
      ),
    },
  },
  SAMPLES_BELOW_RECOMMENDED: {
    when: 'a single-purpose campaign has one sample',
    draft: withSamples(reminder),
    nearMiss: { when: 'it has two', draft: withSamples(reminder, promo.replace('20% off', 'available')) },
  },
  SAMPLE_DUPLICATE: {
    when: 'sample 2 repeats sample 1 in other case and punctuation',
    draft: withSamples(reminder, reminder.toUpperCase().replace(/\./g, '!')),
    expected: { sample: 1 },
    nearMiss: { when: 'the samples differ', draft: withSamples(reminder, `${reminder} See you soon.`) },
  },
  SAMPLE_TOO_SHORT: {
    when: 'a sample has 19 characters',
    draft: withSamples(reminder, 'Acme Dental: hi :-)'),
    expected: { sample: 1 },
    nearMiss: { when: 'it has 20', draft: withSamples(reminder, 'Acme Dental: hello!!') },
  },
  SAMPLE_TOO_LONG: {
    when: 'a sample has 1,025 characters',
    draft: withSamples(ofLength(reminder, 1025), reminder),
    expected: { sample: 0 },
    nearMiss: { when: 'it has 1,024', draft: withSamples(ofLength(reminder, 1024), reminder) },
  },
  SAMPLE_PLACEHOLDER_UNBRACKETED: {
    when: 'a sample writes a template field as FIRST_NAME',
    draft: withSamples(reminder, 'Acme Dental: Hi FIRST_NAME, your x-rays are ready. Reply STOP to opt out.'),
    expected: { sample: 1 },
    nearMiss: {
      when: 'it writes {first_name} or [name]',
      draft: withSamples(
        reminder,
        'Acme Dental: Hi {first_name} [last name], your x-rays are ready. Reply STOP to opt out.',
      ),
    },
  },
  NO_SAMPLE_NAMES_BRAND: {
    when: 'no sample names the brand, only a [Company Name] field',
    draft: withSamples(
      '[Company Name]: your visit is tomorrow. Reply STOP to opt out.',
      'Your bill is ready. Reply STOP to opt out.',
    ),
    expected: { field: 'sampleMessages' },
    nearMiss: {
      when: 'they name it in capitals, with its company form and possessive',
      draft: withSamples(
        'ACME DENTAL GROUP LLC: your visit is tomorrow. Reply STOP to opt out.',
        "Acme Dental's bill is ready.",
      ),
    },
  },
  SAMPLE_MISSING_BRAND_NAME: {
    when: 'one sample of two does not name the brand',
    draft: withSamples(reminder, 'Your bill is ready in the portal. Reply STOP to opt out.'),
    expected: { sample: 1 },
    nearMiss: {
      when: 'the other names it through its domain',
      draft: draft({
        sampleMessages: [reminder, 'Your bill is ready at acmedental.com/portal. Reply STOP to opt out.'],
        flags: { embeddedLink: true },
      }),
    },
  },
  SAMPLE_MISSING_OPT_OUT: {
    when: 'no sample of a MARKETING campaign says how to opt out',
    draft: draft({
      useCase: 'MARKETING',
      sampleMessages: ['Acme Dental: whitening is 20% off!', 'Acme Dental: free exam in May!'],
    }),
    expected: { field: 'sampleMessages' },
    nearMiss: {
      when: 'the first says "Txt STOP to cancel"',
      draft: draft({
        useCase: 'MARKETING',
        sampleMessages: ['Acme Dental: 20% off! Txt STOP to cancel', 'Acme Dental: free exam in May!'],
      }),
    },
  },
  SAMPLE_OPT_OUT_NOT_IN_FIRST: {
    when: 'only the second sample of a MIXED campaign has opt-out language',
    draft: draft({
      useCase: 'MIXED',
      subUseCases: ['MARKETING', 'ACCOUNT_NOTIFICATION'],
      sampleMessages: ['Acme Dental: whitening is 20% off this month.', reminder],
    }),
    expected: { sample: 0 },
    nearMiss: {
      when: 'the first has it',
      draft: draft({
        useCase: 'MIXED',
        subUseCases: ['MARKETING', 'ACCOUNT_NOTIFICATION'],
        sampleMessages: [promo, reminder],
      }),
    },
  },
  SAMPLE_OPT_OUT_RECOMMENDED: {
    when: 'no sample of an account-notification campaign mentions opting out',
    draft: withSamples(
      'Acme Dental: your visit is tomorrow at {time}.',
      'Acme Dental: your bill is ready in the portal.',
    ),
    nearMiss: {
      when: 'the campaign sends one-time 2FA codes',
      draft: draft({
        useCase: '2FA',
        sampleMessages: [
          'Your Acme Dental code is {code}.',
          'Acme Dental: {code} is your login code. It expires in 10 minutes.',
        ],
      }),
    },
  },
} satisfies Partial<Record<LintCode, CodeCase>>;
