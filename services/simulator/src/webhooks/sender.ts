import type { Logger } from '@longcode/kit';
import { type SigningKey, telnyxSignature } from '../signing.js';
import type { TelnyxEvent } from './events.js';
import { createRetryingPost } from './retrying-post.js';

export interface DeliveryReport {
  eventId: string;
  type: string;
  /** TCR's event, for Telnyx's TCR_EVENT and TCR_BRAND_UPDATE. */
  eventType?: string;
  url: string;
  attempts: number;
  delivered: boolean;
  /** The receiver's last answer: an HTTP status, or why there was none. */
  lastResult: number | string;
}

export interface WebhookSenderOptions {
  signingKey: SigningKey;
  logger: Logger;
  maxAttempts: number;
  /** The first retry's wait; each next one waits twice as long. */
  retryBaseMs: number;
  /** How long the receiver may take to answer one delivery; 5 s unless given. */
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
  now?: () => Date;
}

export interface WebhookSender {
  deliver(url: string, event: TelnyxEvent): Promise<DeliveryReport>;
  /** Stops waiting retries and in-flight deliveries. */
  close(): void;
}

/**
 * Delivers Telnyx-signed webhooks: `telnyx-signature-ed25519` over `${telnyx-timestamp}|${body}`, with
 * `meta.attempt` and `meta.delivered_to` as Telnyx sets them, so each attempt is signed anew. A non-2xx
 * answer or no answer is retried with exponential backoff, up to `maxAttempts` deliveries.
 */
export function createWebhookSender(options: WebhookSenderOptions): WebhookSender {
  const { signingKey, timeoutMs = 5000 } = options;
  const now = options.now ?? (() => new Date());
  const poster = createRetryingPost({ ...options, timeoutMs });

  return {
    async deliver(url, event) {
      const { id: eventId, payload } = event.data;
      const outcome = await poster.post(
        url,
        (attempt) => {
          const body = JSON.stringify({ ...event, meta: { attempt, delivered_to: url } });
          const timestamp = Math.floor(now().getTime() / 1000);
          return {
            headers: {
              'content-type': 'application/json',
              'telnyx-signature-ed25519': telnyxSignature(body, timestamp, signingKey.privateKey),
              'telnyx-timestamp': String(timestamp),
            },
            body,
          };
        },
        { eventId, type: payload.type, brandId: payload.brandId, campaignId: payload.campaignId },
      );
      return {
        eventId,
        type: payload.type,
        ...(typeof payload.eventType === 'string' ? { eventType: payload.eventType } : {}),
        url,
        ...outcome,
      };
    },
    close: poster.close,
  };
}
