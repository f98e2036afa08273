import { setTimeout as sleep } from 'node:timers/promises';
import type { Notice, NoticeDelivery, Wire, WireIo } from '../messaging/wires.js';
import { inboundParams, inboundSidOf, statusCallbackParams } from './callbacks.js';
import { signTwilioWebhook } from './signature.js';

export interface TwilioAccount {
  /** SIM_TWILIO_ACCOUNT_SID. */
  accountSid: string;
  /** SIM_TWILIO_AUTH_TOKEN: the key of X-Twilio-Signature. */
  authToken: string;
  /** SIM_TWILIO_INBOUND_URL: where incoming messages go. */
  inboundUrl: string;
}

/**
 * Twilio's side of messaging: each notice as a form-encoded POST — a status callback to the message's
 * StatusCallback (MessageStatus `sent`, then `delivered`, `undelivered` or `failed`), an incoming message
 * to SIM_TWILIO_INBOUND_URL — signed in X-Twilio-Signature, with the notice's id in
 * I-Twilio-Idempotency-Token (the same for a duplicate). A non-2xx answer or none is retried with
 * exponential backoff, up to SIM_WEBHOOK_MAX_ATTEMPTS deliveries, as the simulator's Telnyx webhooks are.
 */
export function createTwilioWire(account: TwilioAccount, io: WireIo, timeoutMs = 5_000): Wire {
  const closing = new AbortController();

  async function attempt(url: string, body: string, signature: string, notice: Notice) {
    try {
      const response = await io.fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': signature,
          'i-twilio-idempotency-token': notice.eventId,
          'user-agent': 'TwilioProxy/1.1',
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
    async notify(notice) {
      const url = notice.record.webhookUrl as string;
      const params =
        notice.type === 'message.received'
          ? inboundParams(notice.record, account.accountSid)
          : statusCallbackParams(notice.record, stageOf(notice.type), account.accountSid);
      const signature = signTwilioWebhook(account.authToken, url, params);
      const body = params.toString();
      const report: NoticeDelivery = { url, attempts: 0, delivered: false, lastResult: '' };
      while (report.attempts < io.maxAttempts && !closing.signal.aborted) {
        report.attempts += 1;
        report.lastResult = await attempt(url, body, signature, notice);
        const status = report.lastResult;
        report.delivered = typeof status === 'number' && status >= 200 && status < 300;
        if (report.delivered) break;
        io.logger.warn({ ...report, eventId: notice.eventId }, 'Twilio webhook not accepted');
        if (report.attempts < io.maxAttempts) await backoff(io.retryBaseMs * 2 ** (report.attempts - 1));
      }
      if (!report.delivered)
        io.logger.error({ ...report, eventId: notice.eventId }, 'Twilio webhook given up');
      return report;
    },
    inboundUrl: account.inboundUrl,
    messageIdOf: inboundSidOf,
    close: () => closing.abort(),
  };

  async function backoff(ms: number): Promise<void> {
    await sleep(ms, undefined, { signal: closing.signal }).catch(() => undefined);
  }
}

const stageOf = (type: 'message.sent' | 'message.finalized') =>
  type === 'message.sent' ? 'sent' : 'finalized';
