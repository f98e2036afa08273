import { describe, expect, it } from 'vitest';
import {
  confirmsOptOut,
  disclosesFrequency,
  disclosesRates,
  givesContact,
  hasOptOutInstruction,
} from './language.js';

describe('Campaign lint > compliance language', () => {
  describe('when a message tells the user how to opt out', () => {
    it.each([
      'Reply STOP to opt out.',
      'Txt STOP to cancel',
      'Reply STOP to unsubscribe.',
      'reply stop to end',
      'Text END to quit.',
      'Reply HELP for help, STOP to cancel.',
      'To unsubscribe, reply STOP.',
      'Reply with the word STOP to stop.',
      'Msg&data rates may apply. STOP 2 opt-out',
      'STOP=unsubscribe',
      'Respond "STOP" to opt-out.',
    ])('recognises %j', (text) => {
      expect(hasOptOutInstruction(text)).toBe(true);
    });
  });

  describe('when a message only looks like it', () => {
    it.each([
      'Reply C to cancel your appointment.',
      'We text end-of-day updates.',
      'Stop by our store today!',
      'Reply YES to confirm.',
      'Unsubscribe links are in our emails.',
    ])('does not take %j for opt-out instructions', (text) => {
      expect(hasOptOutInstruction(text)).toBe(false);
    });
  });

  describe('when a STOP reply confirms the opt-out', () => {
    it.each([
      'You are unsubscribed and will receive no further messages.',
      "You've opted out. No more msgs will be sent.",
      "You won't receive more texts from us.",
      'You will no longer receive messages.',
      'Your number has been removed from our list.',
    ])('recognises %j', (text) => {
      expect(confirmsOptOut(text)).toBe(true);
    });

    it.each(['Thanks for your message.', 'You will receive a reply soon.'])(
      'does not recognise %j',
      (text) => {
        expect(confirmsOptOut(text)).toBe(false);
      },
    );
  });

  describe('when an opt-in confirmation discloses rates and frequency', () => {
    it.each([
      'Msg & data rates may apply.',
      'Message and data rates may apply.',
      'msg&data rates may apply',
      'Std msg & data rates apply.',
    ])('recognises the rates in %j', (text) => {
      expect(disclosesRates(text)).toBe(true);
    });

    it.each([
      'Msg frequency varies.',
      'Up to 4 msgs/mo.',
      '2 texts per week.',
      'recurring autodialed messages',
    ])('recognises the frequency in %j', (text) => {
      expect(disclosesFrequency(text)).toBe(true);
    });

    it('does not read "data" alone as a rates disclosure', () => {
      expect(disclosesRates('We protect your data.')).toBe(false);
    });
  });

  describe('when a HELP reply gives contact details', () => {
    it.each([
      'Call (415) 555-0134.',
      'Email care@acme.com.',
      'Visit acme.com/help.',
      'Call 8005550199 anytime.',
    ])('recognises %j', (text) => {
      expect(givesContact(text)).toBe(true);
    });

    it('does not take "contact our office" for contact details', () => {
      expect(givesContact('Please contact our office.')).toBe(false);
    });
  });
});
