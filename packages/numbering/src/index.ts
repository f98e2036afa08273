import { createTelnyxNumbers } from './telnyx/numbers.js';

export * from './port.js';
export { createTelnyxNumbers, type TelnyxNumbersOptions } from './telnyx/numbers.js';

/** The number providers, by name: a new vendor is one folder and one line here. */
export const numberProviders = {
  telnyx: createTelnyxNumbers,
};
