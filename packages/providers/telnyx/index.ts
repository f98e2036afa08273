/** Telnyx's implementation of the messaging port (SmsProvider). */
export { createTelnyxMessaging, type TelnyxMessagingOptions } from './messaging.js';
