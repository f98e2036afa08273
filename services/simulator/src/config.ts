import { createPrivateKey, type KeyObject } from 'node:crypto';
import { durationMs, logLevel, port, url } from '@longcode/kit';
import { z } from 'zod';

/** The simulator's variables. It plays Telnyx's 10DLC and numbers APIs: no account, no durable state. */
export const configSchema = z.object({
  HTTP_HOST: z.string().min(1).default('127.0.0.1'),
  HTTP_PORT: port().default(4090),
  LOG_LEVEL: logLevel().default('info'),
  OTEL_EXPORTER_OTLP_ENDPOINT: url(['http', 'https']).optional(),
  /** The API key callers must send as `Authorization: Bearer …` (registration's provider API key). */
  SIM_API_KEY: z.string().min(1),
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
