import { randomUUID } from 'node:crypto';
import type { Logger } from '@longcode/kit';
import { createDelayedJobs } from '../delayed-jobs.js';
import { newRegistryId } from '../registry-ids.js';
import { outcomeEvents } from '../webhooks/events.js';
import type { WebhookSender } from '../webhooks/sender.js';
import { type DecisionRules, decideBrand, decidedBrand } from './decide.js';
import type { BrandStore } from './store.js';

export interface BrandDecisionsDeps {
  store: BrandStore;
  sender: WebhookSender;
  logger: Logger;
  rules: DecisionRules;
  delayMs: number;
  /** For brands created without a `webhookURL`. */
  fallbackWebhookUrl: string;
  now: () => Date;
}

/**
 * After the configured delay, decides a created brand's outcome, records it, and sends its webhooks one
 * after the other (each retried on its own), to the brand's `webhookURL` or the configured one.
 */
export function createBrandDecisions({
  store,
  sender,
  logger,
  rules,
  delayMs,
  fallbackWebhookUrl,
  now,
}: BrandDecisionsDeps) {
  const jobs = createDelayedJobs({ delayMs, logger });

  async function decide(brandId: string): Promise<void> {
    const record = store.get(brandId);
    if (!record) return;
    const outcome = decideBrand(record.request, rules);
    record.outcome = outcome;
    record.brand = decidedBrand(record.brand, outcome, newRegistryId('B'), now());
    logger.info({ brandId, outcome: outcome.kind }, 'brand decided');
    const url = record.request.webhookURL ?? fallbackWebhookUrl;
    for (const event of outcomeEvents(record.brand, outcome, now(), randomUUID)) {
      record.deliveries.push(await sender.deliver(url, event));
    }
  }

  return {
    schedule(brandId: string): void {
      jobs.after(() => decide(brandId), { message: 'brand decision failed', context: { brandId } });
    },
    /** Cancels the decisions still waiting (the app closes the sender). */
    close(): void {
      jobs.close();
    },
  };
}

export type BrandDecisions = ReturnType<typeof createBrandDecisions>;
