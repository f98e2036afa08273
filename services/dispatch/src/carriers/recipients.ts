import { InfrastructureError, type Logger } from '@longcode/kit';
import type { Carrier, NumberLookup } from '@longcode/providers';
import type { Knex } from 'knex';
import { type FreshnessPolicy, fromCache } from './freshness.js';
import { type CarrierRow, readCarriers, saveCarriers } from './store.js';

export interface RecipientCarriersDeps {
  /** Where what was learned is written, after the pass's transaction (see `remember`). */
  db: Knex;
  lookup: NumberLookup;
  logger: Logger;
  now?: () => Date;
  /** Lookups in flight at once. */
  concurrency?: number;
  /** After a lookup fails in a way that may pass (timeout, 5xx), none is tried for this long. */
  pauseAfterFailureMs?: number;
  freshness?: Partial<FreshnessPolicy>;
}

/** The carriers of a pass's recipients; `remember` keeps what the pass's lookups learned. */
export interface KnownCarriers {
  /** Null when not known (never looked up, the lookup failed): the message counts against every carrier. */
  carrierOf(phoneNumber: string): Carrier | null;
  remember(): Promise<void>;
}

/**
 * Which carrier serves each recipient: from dispatch's cache, else looked up now (a few at once, each
 * within the adapter's timeout). A lookup that fails leaves its recipient unknown: the message is paced
 * against every carrier, as before lookups existed, and is never held for the lookup. After a failure
 * that may pass (an outage), lookups pause for a while, so an outage costs at most one timeout a pause.
 */
export function createRecipientCarriers(deps: RecipientCarriersDeps) {
  const { lookup, logger, now = () => new Date() } = deps;
  const concurrency = deps.concurrency ?? 16;
  const pauseMs = deps.pauseAfterFailureMs ?? 30_000;
  const policy: FreshnessPolicy = {
    maxAgeMs: deps.freshness?.maxAgeMs ?? 30 * 86_400_000,
    refusedRetryMs: deps.freshness?.refusedRetryMs ?? 86_400_000,
  };
  let pausedUntil = 0;

  async function lookUpAll(numbers: string[], at: Date): Promise<CarrierRow[]> {
    const learned: CarrierRow[] = [];
    let next = 0;
    const worker = async () => {
      while (next < numbers.length && at.getTime() >= pausedUntil) {
        const phoneNumber = numbers[next++] as string;
        try {
          const info = await lookup.lookup(phoneNumber);
          const { carrier, lineType, carrierName } = info;
          learned.push({ phoneNumber, carrier, lineType, carrierName, lookedUpAt: now() });
        } catch (error) {
          if (error instanceof InfrastructureError && !error.retriable) {
            learned.push({
              phoneNumber,
              carrier: 'unknown',
              lineType: null,
              carrierName: null,
              lookedUpAt: now(),
            });
            continue;
          }
          if (now().getTime() >= pausedUntil)
            logger.warn(
              { err: error, pauseMs },
              'carrier lookups failing: recipients are paced against every carrier meanwhile',
            );
          pausedUntil = now().getTime() + pauseMs;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, numbers.length) }, worker));
    return learned;
  }

  return {
    /** Whether lookups are paused now (after an outage): recipients not in the cache stay unknown. */
    paused: (at: Date) => at.getTime() < pausedUntil,

    /** The carriers of these recipients, reading the cache through `db` (a pass's transaction). */
    async resolve(db: Knex, recipients: readonly string[]): Promise<KnownCarriers> {
      const at = now();
      const cached = await readCarriers(db, recipients);
      const carriers = new Map<string, Carrier | null>();
      const missing: string[] = [];
      for (const phoneNumber of new Set(recipients)) {
        const known = fromCache(cached.get(phoneNumber), at, policy);
        carriers.set(phoneNumber, known.carrier);
        if (known.lookUp) missing.push(phoneNumber);
      }
      const learned = missing.length > 0 && at.getTime() >= pausedUntil ? await lookUpAll(missing, at) : [];
      for (const row of learned)
        carriers.set(row.phoneNumber, row.carrier === 'unknown' ? null : row.carrier);
      return {
        carrierOf: (phoneNumber) => carriers.get(phoneNumber) ?? null,
        remember: () => saveCarriers(deps.db, learned),
      };
    },
  };
}

export type RecipientCarriers = ReturnType<typeof createRecipientCarriers>;
