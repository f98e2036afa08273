import type { Producer } from '@longcode/kafka';
import type { Database } from './database.js';
import { createNamedLock } from './named-lock.js';
import type { EventSerde, Logger } from './ports.js';

export interface OutboxRelayDeps {
  db: Database;
  producer: Producer;
  serde: EventSerde;
  logger: Logger;
  /** One relay per service database publishes at a time (MySQL named lock). */
  lockName: string;
  batchSize?: number;
  idleDelayMs?: number;
  errorDelayMs?: number;
}

export interface OutboxRelay {
  start(): void;
  /** Wakes the relay now (after a local commit) instead of at its next poll. */
  notify(): void;
  /** Publishes everything committed (until the outbox is seen empty), then stops. */
  stop(): Promise<void>;
  /** Resolves once the outbox has been seen empty (tests, benchmarks, shutdown). */
  drained(): Promise<void>;
}

interface OutboxRow {
  id: number;
  topic: string;
  message_key: string;
  type: string;
  payload: unknown;
  headers: unknown;
}

const parse = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);

/**
 * Publishes outbox rows in id order with an idempotent producer, then deletes them. A crash between
 * the two publishes a row again on restart: consumers absorb that through their inbox. Rows of one
 * stream commit in version order (the events table's unique key serialises them), so id order keeps
 * stream order; a row still uncommitted when a later id is published is picked up on the next pass.
 */
export function createOutboxRelay(deps: OutboxRelayDeps): OutboxRelay {
  const batchSize = deps.batchSize ?? 500;
  const idleDelayMs = deps.idleDelayMs ?? 100;
  const errorDelayMs = deps.errorDelayMs ?? 1000;
  let running = false;
  let stopping = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  let pendingWake = false;
  let emptyWaiters: Array<() => void> = [];

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (pendingWake) {
        pendingWake = false;
        return resolve();
      }
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });

  async function publishBatch(): Promise<number> {
    const rows: OutboxRow[] = await deps.db('outbox').select('*').orderBy('id').limit(batchSize);
    if (rows.length === 0) return 0;
    const byTopic = new Map<string, Array<{ key: string; value: Buffer; headers: Record<string, string> }>>();
    for (const row of rows) {
      const value = await deps.serde.encode(row.type, parse(row.payload));
      const messages = byTopic.get(row.topic) ?? [];
      messages.push({ key: row.message_key, value, headers: parse(row.headers) });
      byTopic.set(row.topic, messages);
    }
    await Promise.all([...byTopic].map(([topic, messages]) => deps.producer.send(topic, messages)));
    await deps
      .db('outbox')
      .whereIn(
        'id',
        rows.map((row) => row.id),
      )
      .delete();
    return rows.length;
  }

  const lock = createNamedLock(deps.db, deps.lockName);

  async function run() {
    while (running) {
      try {
        if (!(await lock.acquire())) {
          if (stopping) break; // another instance publishes
          continue;
        }
        const published = await publishBatch();
        if (published === 0) {
          for (const resolve of emptyWaiters) resolve();
          emptyWaiters = [];
          if (stopping) break;
          await sleep(idleDelayMs);
        }
      } catch (error) {
        deps.logger.error(
          { err: error },
          stopping ? 'outbox relay failed while stopping' : 'outbox relay failed; retrying',
        );
        await lock.release();
        if (stopping) break; // what is left stays in the outbox for the next start
        await sleep(errorDelayMs);
      }
    }
    await lock.release();
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    notify() {
      if (wake) wake();
      else pendingWake = true;
    },
    async stop() {
      if (!running) return;
      stopping = true;
      wake?.();
      await loop;
      running = false;
      stopping = false;
    },
    drained() {
      return new Promise((resolve) => {
        emptyWaiters.push(resolve);
        wake?.();
      });
    },
  };
}
