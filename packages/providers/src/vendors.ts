import { url } from '@longcode/kit';
import { z } from 'zod';
import { createBandwidthMessaging } from '../bandwidth/index.js';
import { createTelnyxLookup, createTelnyxMessaging } from '../telnyx/index.js';
import { createTwilioMessaging } from '../twilio/index.js';
import type { NumberLookup } from './lookup.js';
import type { SmsProvider } from './port.js';

/**
 * The messaging providers, by name. Each says which variables configure it (parsed by the service's
 * main.ts, the only reader of the environment) and how to build it from them: a new vendor is one folder
 * and one entry here.
 */
export interface SmsVendor<Schema extends z.ZodObject = z.ZodObject> {
  config: Schema;
  create(config: z.output<Schema>): SmsProvider;
}

const vendor = <Schema extends z.ZodObject>(v: SmsVendor<Schema>) => v;

export const smsProviders = {
  telnyx: vendor({
    config: z.object({
      TELNYX_API_URL: url(['http', 'https']).default('https://api.telnyx.com'),
      TELNYX_API_KEY: z.string().min(1),
      /** The account's webhook public key (base64), for receipts' signature checks. */
      TELNYX_PUBLIC_KEY: z.string().min(1),
      TELNYX_MESSAGING_PROFILE_ID: z.string().min(1).optional(),
    }),
    create: (c) =>
      createTelnyxMessaging({
        baseUrl: c.TELNYX_API_URL,
        apiKey: c.TELNYX_API_KEY,
        webhookPublicKey: c.TELNYX_PUBLIC_KEY,
        ...(c.TELNYX_MESSAGING_PROFILE_ID ? { messagingProfileId: c.TELNYX_MESSAGING_PROFILE_ID } : {}),
      }),
  }),
  twilio: vendor({
    config: z.object({
      TWILIO_API_URL: url(['http', 'https']).default('https://api.twilio.com'),
      TWILIO_ACCOUNT_SID: z
        .string()
        .regex(/^AC[0-9a-fA-F]{32}$/, 'expected an account SID, AC and 32 hex digits'),
      TWILIO_AUTH_TOKEN: z.string().min(1),
      TWILIO_MESSAGING_SERVICE_SID: z.string().min(1).optional(),
    }),
    create: (c) =>
      createTwilioMessaging({
        baseUrl: c.TWILIO_API_URL,
        accountSid: c.TWILIO_ACCOUNT_SID,
        authToken: c.TWILIO_AUTH_TOKEN,
        ...(c.TWILIO_MESSAGING_SERVICE_SID ? { messagingServiceSid: c.TWILIO_MESSAGING_SERVICE_SID } : {}),
      }),
  }),
  bandwidth: vendor({
    config: z.object({
      BANDWIDTH_API_URL: url(['http', 'https']).default('https://messaging.bandwidth.com'),
      BANDWIDTH_ACCOUNT_ID: z.string().min(1),
      BANDWIDTH_USERNAME: z.string().min(1),
      BANDWIDTH_PASSWORD: z.string().min(1),
      BANDWIDTH_APPLICATION_ID: z.string().min(1),
      BANDWIDTH_CALLBACK_USERNAME: z.string().min(1),
      BANDWIDTH_CALLBACK_PASSWORD: z.string().min(1),
    }),
    create: (c) =>
      createBandwidthMessaging({
        baseUrl: c.BANDWIDTH_API_URL,
        accountId: c.BANDWIDTH_ACCOUNT_ID,
        username: c.BANDWIDTH_USERNAME,
        password: c.BANDWIDTH_PASSWORD,
        applicationId: c.BANDWIDTH_APPLICATION_ID,
        callbackUsername: c.BANDWIDTH_CALLBACK_USERNAME,
        callbackPassword: c.BANDWIDTH_CALLBACK_PASSWORD,
      }),
  }),
} satisfies Record<string, SmsVendor>;

export type SmsProviderName = keyof typeof smsProviders;

/**
 * The number-lookup vendors, by name (which carrier serves a number now). Each says which variables
 * configure it and how to build it; the same variables as its messaging adapter where the vendor is one.
 */
export interface LookupVendor<Schema extends z.ZodObject = z.ZodObject> {
  config: Schema;
  create(config: z.output<Schema>, options: { timeoutMs: number }): NumberLookup;
}

const lookupVendor = <Schema extends z.ZodObject>(v: LookupVendor<Schema>) => v;

export const numberLookups = {
  telnyx: lookupVendor({
    config: z.object({
      TELNYX_API_URL: url(['http', 'https']).default('https://api.telnyx.com'),
      TELNYX_API_KEY: z.string().min(1),
    }),
    create: (c, { timeoutMs }) =>
      createTelnyxLookup({ baseUrl: c.TELNYX_API_URL, apiKey: c.TELNYX_API_KEY, timeoutMs }),
  }),
} satisfies Record<string, LookupVendor>;

export type NumberLookupName = keyof typeof numberLookups;
