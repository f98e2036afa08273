import { createPrivateKey, type KeyObject } from 'node:crypto';
import { durationMs, logLevel, port, url } from '@longcode/kit';
import { z } from 'zod';
import { carrierMix, carrierOverrides } from './lookup/config.js';
import { WIRE_NAMES } from './messaging/wires.js';

/**
 * The simulator's variables. It plays Telnyx's 10DLC, numbers and messaging APIs, and Twilio's messaging
 * API: no account, no durable state.
 */
export const configSchema = z.object({
  HTTP_HOST: z.string().min(1).default('127.0.0.1'),
  HTTP_PORT: port().default(4090),
  LOG_LEVEL: logLevel().default('info'),
  OTEL_EXPORTER_OTLP_ENDPOINT: url(['http', 'https']).optional(),
  /** The API key callers must send as `Authorization: Bearer …` (registration's provider API key). */
  SIM_API_KEY: z.string().min(1),
  /** The server token the mail API (Postmark's) takes: the gateway's MAIL_TOKEN. */
  SIM_MAIL_TOKEN: z.string().min(1).default('simulator'),
  /** Where webhooks go for a brand created without a `webhookURL` of its own (registration's webhook route). */
  SIM_WEBHOOK_URL: url(['http', 'https']).default('http://127.0.0.1:4010/webhooks/registration/telnyx'),
  /** How long after its creation a brand's vetting and outcome are decided and sent. */
  SIM_BRAND_DECISION_DELAY_MS: durationMs().default(500),
  /** A brand whose legal name (Telnyx `companyName`) matches this regex, case-insensitive, is rejected. */
  SIM_REJECT_LEGAL_NAME_PATTERN: regex().optional(),
  /** How long after its submission a campaign's outcome is decided and sent; the brand's delay unless given. */
  SIM_CAMPAIGN_DECISION_DELAY_MS: durationMs().optional(),
  /**
   * A campaign whose description matches this regex, case-insensitive, is rejected by a carrier (T-Mobile)
   * after TCR added it.
   */
  SIM_REJECT_CAMPAIGN_DESCRIPTION_PATTERN: regex().optional(),
  /** The vetting score every vetted brand gets, 0–100. */
  SIM_VETTING_SCORE: score().default(75),
  /** PEM, or base64 of PKCS#8 DER, of the Ed25519 key webhooks are signed with; one is made at start if absent. */
  SIM_SIGNING_PRIVATE_KEY: ed25519PrivateKey().optional(),
  /** Deliveries of one webhook before giving up, when the receiver answers non-2xx or is down. */
  SIM_WEBHOOK_MAX_ATTEMPTS: z
    .string()
    .regex(/^([1-9]|1\d|20)$/, 'expected an integer from 1 to 20')
    .transform(Number)
    .default(5),
  /** The first retry's wait; each next one waits twice as long. */
  SIM_WEBHOOK_RETRY_BASE_MS: durationMs().default(500),
  /** What the stock of numbers is derived from: the same seed and search give the same numbers. */
  SIM_NUMBER_SEED: z.string().min(1).default('longcode'),
  /** How long a number order stays `pending` before it succeeds. */
  SIM_NUMBER_ORDER_DELAY_MS: durationMs().default(200),
  /** How long a number's campaign assignment stays `PENDING_ASSIGNMENT` before the carriers answer. */
  SIM_NUMBER_ASSIGNMENT_DELAY_MS: durationMs().default(300),
  /** A number (E.164) matching this regex has its campaign assignment fail (`FAILED_ASSIGNMENT`). */
  SIM_FAIL_ASSIGNMENT_NUMBERS: regex().optional(),
  /** How long after its submission a port-in's losing carrier answers: FOC date confirmed, or an exception. */
  SIM_PORT_IN_FOC_DELAY_MS: durationMs().default(300),
  /** How long after its submission a port-in completes (`ported`): the number is then on the account. */
  SIM_PORT_IN_DELAY_MS: durationMs().default(600),
  /**
   * A port-in of a number (E.164) matching this regex ends in `exception`: the losing carrier finds the
   * account number does not match its records (`ACCOUNT_NUMBER_MISMATCH`).
   */
  SIM_FAIL_PORT_IN_NUMBERS: regex().optional(),
  /**
   * The messaging profile's webhook URL: where `message.sent` / `message.finalized` go for a message sent
   * without a `webhook_url` of its own, and every injected `message.received`.
   */
  SIM_MESSAGING_WEBHOOK_URL: url(['http', 'https']).default(
    'http://127.0.0.1:4050/webhooks/messaging/telnyx',
  ),
  /** What every simulated messaging outcome is drawn from: the same seed and requests give the same outcomes. */
  SIM_SEED: z.string().min(1).default('longcode'),
  /** Sends taken per second over all senders (a token bucket holding one second's worth); 0: no limit. */
  SIM_MESSAGES_PER_SECOND: integerIn(0, 1_000_000).default(100),
  /** The share (0–1) of valid sends answered with a 5xx (500 or 503) instead of being taken. */
  SIM_SEND_ERROR_RATE: rate().default(0),
  /** A recipient (E.164) matching this regex is refused as one who texted STOP (40300). */
  SIM_BLOCKED_RECIPIENTS: regex().optional(),
  /**
   * How long the messaging API takes to answer a send (Telnyx's and Twilio's). A real one answers in tens
   * to hundreds of milliseconds; 0 answers at once.
   */
  SIM_SEND_LATENCY_MS: durationMs().default(0),
  /** How long after its acceptance a message is sent (`message.sent`). */
  SIM_MESSAGE_SENT_DELAY_MS: durationMs().default(50),
  /** How long after it is sent a message is finalized (`message.finalized`: delivered, or failed). */
  SIM_MESSAGE_DELIVERY_DELAY_MS: durationMs().default(200),
  /** The share (0–1) of messages finalized `delivery_failed`, with a carrier's error code (40008, …). */
  SIM_DELIVERY_FAILURE_RATE: rate().default(0),
  /** The share (0–1) of messaging webhooks delivered twice: the same event, with the same id. */
  SIM_DUPLICATE_RATE: rate().default(0),
  /** The share (0–1) of messages whose `message.finalized` is delivered before their `message.sent`. */
  SIM_REORDER_RATE: rate().default(0),
  /** Messaging webhook deliveries under way at once (each retried as SIM_WEBHOOK_MAX_ATTEMPTS says). */
  SIM_WEBHOOK_CONCURRENCY: integerIn(1, 10_000).default(64),
  /** Accepted (and injected inbound) messages kept for GET /simulator/messages; the oldest go first. */
  SIM_MESSAGES_RETAINED: integerIn(1, 1_000_000).default(10_000),
  /** Which API's webhook tells an injected inbound message sent without a `provider` of its own. */
  SIM_INBOUND_PROVIDER: z.enum(WIRE_NAMES).default('telnyx'),
  /** The simulated Twilio account's SID: the user name of Twilio's HTTP Basic, and its API paths. */
  SIM_TWILIO_ACCOUNT_SID: z
    .string()
    .regex(/^AC[0-9a-f]{32}$/, 'expected an account SID, AC and 32 lowercase hex digits')
    .default('ACa1b2c3d4a1b2c3d4a1b2c3d4a1b2c3d4'),
  /** Its Auth Token: the password of HTTP Basic, and the key of `X-Twilio-Signature` on its webhooks. */
  SIM_TWILIO_AUTH_TOKEN: z.string().min(1).default('simulated-twilio-auth-token'),
  /** Where Twilio's incoming-message webhooks go (the number's messaging webhook: receipts' Twilio route). */
  SIM_TWILIO_INBOUND_URL: url(['http', 'https']).default('http://127.0.0.1:4050/webhooks/twilio'),
  /** Number lookups: each carrier's share of numbers (`att:0.31,tmobile:0.31,verizon:0.33,…`). */
  SIM_LOOKUP_CARRIER_MIX: carrierMix(),
  /** Number lookups pinned by prefix: `+1206=tmobile,+13125550100=verizon`; `error` answers 503. */
  SIM_LOOKUP_CARRIERS: carrierOverrides(),
});

export type Config = z.output<typeof configSchema>;

function regex() {
  return z.string().transform((raw, ctx) => {
    try {
      return new RegExp(raw, 'i');
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `expected a regular expression: ${(error as Error).message}` });
      return z.NEVER;
    }
  });
}

/** A probability: a decimal from 0 to 1 (`0.05`). */
function rate() {
  return z.string().transform((raw, ctx) => {
    const value = /^\d*\.?\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
    if (value >= 0 && value <= 1) return value;
    ctx.addIssue({ code: 'custom', message: `expected a decimal from 0 to 1, got ${JSON.stringify(raw)}` });
    return z.NEVER;
  });
}

function integerIn(min: number, max: number) {
  return z.string().transform((raw, ctx) => {
    const value = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
    if (value >= min && value <= max) return value;
    ctx.addIssue({
      code: 'custom',
      message: `expected an integer from ${min} to ${max}, got ${JSON.stringify(raw)}`,
    });
    return z.NEVER;
  });
}

function score() {
  return z
    .string()
    .regex(/^(100|[1-9]?\d)$/, 'expected an integer from 0 to 100')
    .transform(Number);
}

function ed25519PrivateKey() {
  return z.string().transform((raw, ctx): KeyObject => {
    try {
      const pem = raw.includes('-----BEGIN');
      const key = pem
        ? createPrivateKey(raw.replace(/\\n/g, '\n'))
        : createPrivateKey({ key: Buffer.from(raw, 'base64'), format: 'der', type: 'pkcs8' });
      if (key.asymmetricKeyType === 'ed25519') return key;
    } catch {
      // reported below, without echoing the key
    }
    ctx.addIssue({ code: 'custom', message: 'expected an Ed25519 private key, PEM or base64 of PKCS#8 DER' });
    return z.NEVER;
  });
}
