import type { ProviderWebhook, SmsProvider } from '../src/port.js';
import { type Fetch, sendThroughTwilio } from './send.js';
import { verifiedParams } from './signature.js';
import { notificationsOf } from './webhook.js';

export interface TwilioMessagingOptions {
  /** Twilio's API origin; `https://api.twilio.com` unless given (the simulator's, in local runs). */
  baseUrl?: string;
  /** The account's SID (`AC…`): the user name of HTTP Basic and part of the API path. */
  accountSid: string;
  /** The account's Auth Token: the password of HTTP Basic and the key of webhook signatures. */
  authToken: string;
  /** Sends through this Messaging Service (`MG…`) when given, still from the message's own number. */
  messagingServiceSid?: string;
  /** How long one send may take, answer included; 10 s unless given. */
  timeoutMs?: number;
  fetch?: Fetch;
}

/** Messaging through Twilio's Programmable Messaging API (the simulator speaks it too). */
export function createTwilioMessaging(options: TwilioMessagingOptions): SmsProvider {
  const { accountSid, authToken } = options;
  if (!accountSid || !authToken) throw new Error('Twilio messaging needs an accountSid and an authToken');
  const deps = {
    account: {
      baseUrl: options.baseUrl ?? 'https://api.twilio.com',
      accountSid,
      authToken,
      messagingServiceSid: options.messagingServiceSid,
    },
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? 10_000,
    now: () => new Date(),
  };
  return {
    send: (message) => sendThroughTwilio(deps, message),
    parseWebhook: (webhook: ProviderWebhook) =>
      notificationsOf(verifiedParams(webhook, authToken), webhook.receivedAt),
  };
}
