import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '@longcode/kit';
import { type SigningKey, telnyxSignature } from '../signing.js';
import type { TelnyxEvent } from './events.js';

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
  const { signingKey, logger, maxAttempts, retryBaseMs, timeoutMs = 5000 } = options;
  const fetch = options.fetch ?? globalThis.fetch;
  const now = options.now ?? (() => new Date());
  const closing = new AbortController();

  async function attempt(url: string, event: TelnyxEvent, attempt: number): Promise<number | string> {
    const body = JSON.stringify({ ...event, meta: { attempt, delivered_to: url } });
    const timestamp = Math.floor(now().getTime() / 1000);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'telnyx-signature-ed25519': telnyxSignature(body, timestamp, signingKey.privateKey),
          'telnyx-timestamp': String(timestamp),
        },
        body,
        signal: AbortSignal.any([closing.signal, AbortSignal.timeout(timeoutMs)]),
      });
      await response.body?.cancel();
      return response.status;
    } catch (error) {
      return (error as Error).message;
    }
  }

  return {
    async deliver(url, event) {
      const { id: eventId, payload } = event.data;
      const report: DeliveryReport = {
        eventId,
        type: payload.type,
        ...(typeof payload.eventType === 'string' ? { eventType: payload.eventType } : {}),
        url,
        attempts: 0,
        delivered: false,
        lastResult: '',
      };
      const about = { brandId: payload.brandId, campaignId: payload.campaignId };
      while (report.attempts < maxAttempts && !closing.signal.aborted) {
        report.attempts += 1;
        report.lastResult = await attempt(url, event, report.attempts);
        report.delivered =
          typeof report.lastResult === 'number' && report.lastResult >= 200 && report.lastResult < 300;
        if (report.delivered) break;
        logger.warn({ ...report, ...about }, 'webhook not accepted');
        if (report.attempts < maxAttempts) await backoff(retryBaseMs * 2 ** (report.attempts - 1));
      }
      if (!report.delivered) logger.error({ ...report, ...about }, 'webhook given up');
      return report;
    },
    close() {
      closing.abort();
    },
  };

  async function backoff(ms: number): Promise<void> {
    await sleep(ms, undefined, { signal: closing.signal }).catch(() => undefined);
  }
}
