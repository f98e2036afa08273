import type { OutboundRecord } from '../messaging/record.js';
import type { TwilioStatus } from './wire.js';

/**
 * The carrier's rejection of a message (drawn by the core in its own, Telnyx's, codes) as Twilio reports
 * it: the final MessageStatus and the ErrorCode of its dictionary. Carrier verdicts are `undelivered`;
 * the general one, Twilio's 30008 "Unknown error", is `failed`.
 */
const FAILURES: Readonly<
  Record<string, { status: 'undelivered' | 'failed'; code: number; message: string }>
> = {
  '40001': { status: 'undelivered', code: 30006, message: 'Landline or unreachable carrier' },
  '40002': { status: 'undelivered', code: 30007, message: 'Message filtered' },
  '40006': { status: 'undelivered', code: 30003, message: 'Unreachable destination handset' },
  '40008': { status: 'failed', code: 30008, message: 'Unknown error' },
};

const UNKNOWN = { status: 'failed', code: 30008, message: 'Unknown error' } as const;

/** The message's failure as Twilio reports it, or null when it is delivered. */
export function twilioFailure(record: OutboundRecord) {
  if (record.failure === null) return null;
  return Object.hasOwn(FAILURES, record.failure.code) ? (FAILURES[record.failure.code] ?? UNKNOWN) : UNKNOWN;
}

/** The message's status as Twilio shows it now (a Messaging Service's message starts `accepted`). */
export function twilioStatusOf(record: OutboundRecord, viaService: boolean): TwilioStatus {
  switch (record.status) {
    case 'queued':
      return viaService ? 'accepted' : 'queued';
    case 'sent':
      return 'sent';
    case 'delivered':
      return 'delivered';
    case 'delivery_failed':
      return twilioFailure(record)?.status ?? 'failed';
    default: {
      const never: never = record.status;
      return never;
    }
  }
}
