/** Twilio as an SmsProvider: sends through its Messages API, reads its signed status callbacks and
 * incoming-message webhooks. The signature is exported for whoever plays Twilio (the simulator). */
export { createTwilioMessaging, type TwilioMessagingOptions } from './messaging.js';
export { SIGNATURE_HEADER, twilioSignature } from './signature.js';
