import type { Knex } from 'knex';
import type { Database } from './database.js';
import type { Envelope } from './envelope.js';

export interface ConsumedEvent<T = unknown> extends Envelope {
  data: T;
  topic: string;
  partition: number;
  offset: string;
  /** When the relay produced it (the Kafka record's timestamp). */
  publishedAt: Date;
}

/** Applies one event to a projection inside the consumer's transaction. */
export type EventHandler = (event: ConsumedEvent, trx: Knex.Transaction) => Promise<void>;

/** Applies events (in order, none seen before) to a projection inside one transaction: set-based writes. */
export type BatchEventHandler = (events: ConsumedEvent[], trx: Knex.Transaction) => Promise<void>;

/**
 * Applies events in one transaction together with their inbox rows, skipping events this consumer
 * already processed (redeliveries, relay replays). Either all of them count, or none.
 */
export async function applyOnce(
  db: Database,
  consumer: string,
  events: ConsumedEvent[],
  handle: BatchEventHandler,
  clock: () => Date,
): Promise<number> {
  return db.transaction(async (trx) => {
    const ids = events.map((event) => event.eventId);
    const seen = new Set<string>(
      (await trx('inbox').where({ consumer }).whereIn('event_id', ids).select('event_id')).map(
        (row: { event_id: string }) => row.event_id,
      ),
    );
    const fresh: ConsumedEvent[] = [];
    for (const event of events) {
      if (seen.has(event.eventId)) continue;
      seen.add(event.eventId);
      fresh.push(event);
    }
    if (fresh.length > 0) await handle(fresh, trx);
    if (fresh.length > 0) {
      const processedAt = clock();
      await trx('inbox').insert(
        fresh.map((event) => ({ consumer, event_id: event.eventId, processed_at: processedAt })),
      );
    }
    return fresh.length;
  });
}
