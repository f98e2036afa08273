import type { Logger } from '@longcode/kit';
import type { InboundRecord } from './inbound.js';
import type { OutboundRecord } from './record.js';

/**
 * The providers' APIs the simulated carrier speaks. One messaging core (intake, outcomes, schedule,
 * counters) serves them all; each API brings its wire (src/twilio/ for Twilio, this folder's Telnyx
 * payloads for Telnyx): how a message's events are told to the customer, and where inbound messages go.
 */
export const WIRE_NAMES = ['telnyx', 'twilio'] as const;

export type WireName = (typeof WIRE_NAMES)[number];

export const isWireName = (name: unknown): name is WireName => WIRE_NAMES.includes(name as WireName);

/**
 * One event of one message to tell: the carrier sent it, finalized it (delivered or failed), or a handset
 * texted a number. `eventId` is the same for both copies of a duplicated event.
 */
export type Notice = (
  | { type: 'message.sent' | 'message.finalized'; record: OutboundRecord }
  | { type: 'message.received'; record: InboundRecord }
) & { eventId: string };

/** How one notice's delivery ended, after its retries (and failover, where the API has one). */
export interface NoticeDelivery {
  url: string;
  attempts: number;
  delivered: boolean;
  /** The receiver's last answer: an HTTP status, or why there was none. */
  lastResult: number | string;
}

/** A provider API's side of messaging. */
export interface Wire {
  /** Delivers the notice to the record's webhook URL, in the API's format, signed as it signs. */
  notify(notice: Notice): Promise<NoticeDelivery>;
  /** Where injected inbound messages go (the number's messaging webhook in this API). */
  inboundUrl: string;
  /** A message's id as this API shows it (the core's ids are UUIDs). */
  messageIdOf(message: { id: string; media: readonly unknown[] }): string;
  /** Stops waiting retries and deliveries under way. */
  close(): void;
}

/** What a wire is built with: the messaging webhooks' transport and retry settings. */
export interface WireIo {
  fetch: typeof globalThis.fetch;
  logger: Logger;
  now: () => Date;
  /** SIM_WEBHOOK_MAX_ATTEMPTS. */
  maxAttempts: number;
  /** SIM_WEBHOOK_RETRY_BASE_MS. */
  retryBaseMs: number;
}

export type WireFactory = (io: WireIo) => Wire;
