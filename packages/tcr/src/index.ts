import { createTelnyxRegistration } from './telnyx/registration.js';

export * from './port.js';
export { createTelnyxRegistration, type TelnyxRegistrationOptions } from './telnyx/registration.js';

/** The registration providers, by name: a new vendor is one folder and one line here. */
export const registrationProviders = {
  telnyx: createTelnyxRegistration,
};
