import { csv, enumOf, url } from '@longcode/kit';
import { smsProviders } from '@longcode/providers';
import { backboneConfigSchema } from '@longcode/runtime';
import { z } from 'zod';
import { carrierLookupFields } from './carriers/config.js';

export const configSchema = backboneConfigSchema.extend({
  /** Which provider messages go out through; its own variables (TELNYX_*, BANDWIDTH_*…) are read too. */
  MESSAGING_PROVIDER: enumOf(Object.keys(smsProviders) as [keyof typeof smsProviders]).default('telnyx'),
  /**
   * The public URL of receipts' webhook for that provider (e.g. https://hooks.example.com/webhooks/telnyx);
   * each message's status callbacks go there, with the message id in the query.
   */
  RECEIPTS_WEBHOOK_URL: url(['http', 'https']).optional(),
  /** Redis, where every dispatch instance shares the carriers' throughput counters. */
  REDIS_URL: url(['redis', 'rediss']),
  /** Put before every key this service writes in Redis, so platforms sharing one Redis keep apart. */
  REDIS_KEY_PREFIX: z.string().max(64).default(''),
  /** Messages a second per sender number; 0 for none beyond the campaign's carrier limits. */
  SENDER_MPS: z.coerce.number().int().min(0).max(1_000).default(10),
  /** Messages claimed per pass (one transaction), at most what the sends in flight leave room for. */
  SUBMITTER_BATCH_SIZE: z.coerce.number().int().min(1).max(1_000).default(16),
  /**
   * Sends in flight at once, over passes that overlap. Each message is recorded as being sent just before
   * its call, so a crash leaves at most this many whose outcome is unknown (their receipts settle them).
   */
  SUBMITTER_CONCURRENCY: z.coerce.number().int().min(1).max(1_000).default(64),
  /**
   * How long after each retriable refusal a message is tried again (ms, comma-separated; the last repeats):
   * 1 min, 5 min, 15 min, then 1 h. A provider's Retry-After, when longer, wins.
   */
  RETRY_BACKOFF_MS: csv()
    .pipe(
      z
        .array(z.string().regex(/^\d+$/, 'expected milliseconds (digits)').transform(Number))
        .min(1, 'give at least one delay'),
    )
    .default([60_000, 300_000, 900_000, 3_600_000]),
  /**
   * A message still `sending` without the provider's id this long after (dispatch died between
   * recording it and the provider's answer, and no receipt came) is failed as SUBMISSION_UNCONFIRMED.
   */
  SUBMISSION_SETTLE_AFTER_MS: z.coerce
    .number()
    .int()
    .min(1_000)
    .default(24 * 3_600_000),
  ...carrierLookupFields,
});

export type Config = z.output<typeof configSchema>;
