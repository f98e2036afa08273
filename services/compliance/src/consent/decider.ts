import type { Decider } from '@longcode/eventstore';
import { type ConsentEvent, type ConsentState, evolveConsent, initialConsentState } from './consent.js';
import { type ConsentCommand, decideConsent } from './decide.js';

export const consentDecider: Decider<ConsentCommand, ConsentEvent, ConsentState> = {
  initialState: initialConsentState,
  decide: decideConsent,
  evolve: evolveConsent,
};
