/** Telnyx's implementations of the messaging port (SmsProvider) and the number-lookup port. */

export { createTelnyxLookup, type TelnyxLookupOptions } from './lookup.js';
export { createTelnyxMessaging, type TelnyxMessagingOptions } from './messaging.js';
