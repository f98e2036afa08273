import { randomBytes, randomUUID } from 'node:crypto';
import type { Logger } from '@longcode/kit';
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
  const timers = new Set<NodeJS.Timeout>();

  async function decide(brandId: string): Promise<void> {
    const record = store.get(brandId);
    if (!record) return;
    const outcome = decideBrand(record.request, rules);
    record.outcome = outcome;
    record.brand = decidedBrand(record.brand, outcome, newTcrBrandId(), now());
    logger.info({ brandId, outcome: outcome.kind }, 'brand decided');
    const url = record.request.webhookURL ?? fallbackWebhookUrl;
    for (const event of outcomeEvents(record.brand, outcome, now(), randomUUID)) {
      record.deliveries.push(await sender.deliver(url, event));
    }
  }

  return {
    schedule(brandId: string): void {
      const timer = setTimeout(() => {
        timers.delete(timer);
        decide(brandId).catch((error: unknown) =>
          logger.error({ err: error, brandId }, 'brand decision failed'),
        );
      }, delayMs);
      timers.add(timer);
    },
    close(): void {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      sender.close();
    },
  };
}

export type BrandDecisions = ReturnType<typeof createBrandDecisions>;

/** TCR's brand ids are `B` and six uppercase letters or digits (`BBRAND1` in Telnyx's examples). */
function newTcrBrandId(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
  return `B${[...randomBytes(6)].map((byte) => alphabet[byte % alphabet.length]).join('')}`;
}
