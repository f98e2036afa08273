import type { SmsProvider } from '../src/port.js';
import { callbackCredentialsCheck } from './callback-auth.js';
import { toNotifications } from './callbacks.js';
import { type Fetch, sendMessage } from './send.js';
import { messagesUrl } from './send-request.js';

export interface BandwidthMessagingOptions {
  /** Bandwidth's messaging origin, `https://messaging.bandwidth.com` unless given (or the simulator's). */
  baseUrl?: string;
  accountId: string;
  /** The API user's credentials, sent as HTTP Basic. */
  username: string;
  password: string;
  /** The messaging application the sender numbers belong to; its callback URL receives the callbacks. */
  applicationId: string;
  /** The HTTP Basic credentials set on that application for its inbound and outbound callbacks. */
  callbackUsername: string;
  callbackPassword: string;
  /** How long one send may take, answer included; 10 s unless given. */
  timeoutMs?: number;
  fetch?: Fetch;
}

/** Messaging through Bandwidth's Messaging API v2. */
export function createBandwidthMessaging(options: BandwidthMessagingOptions): SmsProvider {
  const { accountId, username, password, applicationId } = options;
  const url = messagesUrl(options.baseUrl ?? 'https://messaging.bandwidth.com', accountId);
  const deps = {
    fetch: options.fetch ?? globalThis.fetch,
    url,
    username,
    password,
    applicationId,
    timeoutMs: options.timeoutMs ?? 10_000,
  };
  const verifyCredentials = callbackCredentialsCheck(options.callbackUsername, options.callbackPassword);

  return {
    send: (message) => sendMessage(deps, message),

    parseWebhook(webhook) {
      verifyCredentials(webhook);
      let body: unknown;
      try {
        body = JSON.parse(webhook.rawBody.toString('utf8'));
      } catch {
        return []; // sent with our credentials yet not JSON: nothing to read, and a retry will not change it
      }
      return toNotifications(body, webhook.receivedAt);
    },
  };
}
