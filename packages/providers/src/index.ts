export { createBandwidthMessaging } from '../bandwidth/index.js';
export { createTelnyxLookup, createTelnyxMessaging } from '../telnyx/index.js';
export { createTwilioMessaging } from '../twilio/index.js';
export { carrierFromNames } from './carriers.js';
export * from './lookup.js';
export * from './port.js';
export {
  type LookupVendor,
  type NumberLookupName,
  numberLookups,
  type SmsProviderName,
  type SmsVendor,
  smsProviders,
} from './vendors.js';
