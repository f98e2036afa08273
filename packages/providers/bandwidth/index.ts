/** Bandwidth's Messaging API v2 behind our SmsProvider port: sends, and callbacks read as receipts. */
export { type BandwidthMessagingOptions, createBandwidthMessaging } from './messaging.js';
