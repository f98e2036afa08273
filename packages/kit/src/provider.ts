import { DomainError, InfrastructureError } from './errors.js';

/**
 * What every external provider port (registration, numbers, messaging) shares: how a provider's refusal
 * or failure is reported, and how its webhooks arrive.
 */

/** A provider call failed. `retriable` when the same call may succeed later (network, timeout, 5xx, 429). */
export class ProviderError extends InfrastructureError {
  /** The provider's HTTP status, when it answered. */
  readonly status: number | undefined;

  constructor(message: string, options: { retriable: boolean; status?: number; cause?: unknown }) {
    super(message, options);
    this.status = options.status;
  }
}

/** An incoming webhook exactly as it arrived: the raw body matters for the signature. */
export interface IncomingWebhook {
  headers: Record<string, string | undefined>;
  rawBody: Buffer;
  receivedAt: Date;
}

/** A webhook whose signature is missing, wrong or stale: answered 401 and otherwise ignored. */
export class WebhookRejectedError extends DomainError {
  constructor(message: string) {
    super('WEBHOOK_SIGNATURE_INVALID', message, { status: 401 });
  }
}
