export { createBandwidthMessaging } from '../bandwidth/index.js';
export { createTelnyxMessaging } from '../telnyx/index.js';
export { createTwilioMessaging } from '../twilio/index.js';
export * from './port.js';
export { type SmsProviderName, type SmsVendor, smsProviders } from './vendors.js';
