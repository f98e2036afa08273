import type { Wire, WireIo } from '../messaging/wires.js';
import { createRetryingPost } from '../webhooks/retrying-post.js';
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
  const poster = createRetryingPost({ ...io, timeoutMs });
  return {
    async notify(notice) {
      const url = notice.record.webhookUrl as string;
      const params =
        notice.type === 'message.received'
          ? inboundParams(notice.record, account.accountSid)
          : statusCallbackParams(notice.record, stageOf(notice.type), account.accountSid);
      const headers = {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': signTwilioWebhook(account.authToken, url, params),
        'i-twilio-idempotency-token': notice.eventId,
        'user-agent': 'TwilioProxy/1.1',
      };
      const body = params.toString();
      const outcome = await poster.post(url, () => ({ headers, body }), {
        eventId: notice.eventId,
        provider: 'twilio',
      });
      return { url, ...outcome };
    },
    inboundUrl: account.inboundUrl,
    messageIdOf: inboundSidOf,
    close: poster.close,
  };
}

const stageOf = (type: 'message.sent' | 'message.finalized') =>
  type === 'message.sent' ? 'sent' : 'finalized';
