import { type Fetch, publicKeyFromBase64, telnyxApiRoot, verifyTelnyxSignature } from '@longcode/telnyx';
import type { SmsProvider } from '../src/port.js';
import { postJson } from './post.js';
import { toSendRequest } from './request.js';
import { toSendResult } from './send-result.js';
import { toNotifications } from './webhook.js';
import type { TelnyxWebhook } from './wire.js';

export interface TelnyxMessagingOptions {
  /**
   * Telnyx's API origin, `https://api.telnyx.com` (or the simulator's); the adapter posts to `/v2/messages`
   * under it. Telnyx's API root, with its `/v2`, is accepted too.
   */
  baseUrl: string;
  apiKey: string;
  /** The account's webhook public key, base64, as the Telnyx portal shows it. */
  webhookPublicKey: string;
  /** Sent with every message when given; a long code's own profile applies otherwise. */
  messagingProfileId?: string;
  /** How far a webhook's `telnyx-timestamp` may be from its arrival; 300 s (Telnyx's advice) unless given. */
  toleranceSeconds?: number;
  /** How long one send may take before its outcome is unknown; 10 s unless given. */
  timeoutMs?: number;
  fetch?: Fetch;
}

/** Messaging through Telnyx's v2 Messages API (the simulator speaks it too). */
export function createTelnyxMessaging(options: TelnyxMessagingOptions): SmsProvider {
  const { apiKey, messagingProfileId, toleranceSeconds = 300, timeoutMs = 10_000 } = options;
  const fetch = options.fetch ?? globalThis.fetch;
  const publicKey = publicKeyFromBase64(options.webhookPublicKey);
  const url = new URL(`${telnyxApiRoot(options.baseUrl)}/messages`).href; // a bad baseUrl fails at start

  return {
    async send(message) {
      const body = toSendRequest(message, messagingProfileId);
      const answer = await postJson({ fetch, url, apiKey, body, timeoutMs });
      return toSendResult(answer, new Date());
    },

    parseWebhook(webhook) {
      verifyTelnyxSignature(webhook, publicKey, toleranceSeconds);
      let event: TelnyxWebhook;
      try {
        event = JSON.parse(webhook.rawBody.toString('utf8')) as TelnyxWebhook;
      } catch {
        return []; // signed by Telnyx yet not JSON: nothing we can use, and retrying will not change it
      }
      return typeof event === 'object' && event !== null ? toNotifications(event, webhook.receivedAt) : [];
    },
  };
}
