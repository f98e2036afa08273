import type { IncomingWebhook } from '@longcode/kit';

/**
 * Our messaging port: how dispatch hands a message to a carrier provider (Telnyx, Twilio, Bandwidth) and
 * how receipts reads what the provider reports back. One folder per vendor (packages/providers/<vendor>)
 * implements it; the vendor's wire format never leaks past its folder.
 */

export interface OutboundMessage {
  /** Our message id; sent along where the provider carries a client reference (Bandwidth's `tag`). */
  messageId: string;
  /** E.164 sender: a long code assigned to the message's campaign. */
  from: string;
  /** E.164 recipient. */
  to: string;
  text: string;
  /** https URLs of media (MMS); empty for SMS. */
  mediaUrls: string[];
  /** Where the provider posts this message's status callbacks, when the provider takes one per message. */
  statusCallbackUrl: string | null;
}

/**
 * What became of a send. The platform submits a message at most once unless the provider *confirms* it
 * was not accepted: `rejected` is that confirmation (its `retriable` says whether trying again later may
 * succeed: rate limits, provider outages answered with an error); `unknown` (a timeout, a connection
 * lost after the request left) must never be retried blindly — receipts settle it.
 */
export type SendResult =
  | { outcome: 'accepted'; providerMessageId: string; segments: number | null }
  | {
      outcome: 'rejected';
      code: string;
      description: string;
      retriable: boolean;
      retryAfterMs: number | null;
    }
  | { outcome: 'unknown'; reason: string };

/** Normalised delivery states, in precedence order for receipts (a later one never loses to an earlier). */
export type ReceiptStatus = 'queued' | 'sent' | 'delivered' | 'undelivered' | 'failed';

export interface Receipt {
  kind: 'receipt';
  /** The provider's id of this notification, for deduplication (or one built from its stable fields). */
  providerEventId: string;
  providerMessageId: string;
  status: ReceiptStatus;
  /** The provider's or carrier's error code on failure, verbatim (Telnyx 40300, Twilio 30007, Bandwidth 4720). */
  errorCode: string | null;
  errorDescription: string | null;
  /** Whether sending again could succeed (from the vendor's code table); null when not a failure. */
  retriable: boolean | null;
  occurredAt: Date;
  /** Our message id when the provider echoes it (Bandwidth's tag), else null. */
  messageId: string | null;
}

export interface InboundMessage {
  kind: 'inbound';
  providerEventId: string;
  providerMessageId: string;
  /** E.164 of the person texting. */
  from: string;
  /** E.164 of our number they texted. */
  to: string;
  text: string;
  mediaUrls: string[];
  receivedAt: Date;
}

export type ProviderNotification = Receipt | InboundMessage;

/** A webhook as it arrived, with the full URL it was posted to (Twilio signs the URL). */
export interface ProviderWebhook extends IncomingWebhook {
  url: string;
}

export interface SmsProvider {
  send(message: OutboundMessage): Promise<SendResult>;
  /**
   * Checks the webhook's signature or credentials over the raw body (WebhookRejectedError when missing,
   * wrong or stale), then says what it reports: none, one or several notifications (Bandwidth batches).
   */
  parseWebhook(webhook: ProviderWebhook): ProviderNotification[];
}
