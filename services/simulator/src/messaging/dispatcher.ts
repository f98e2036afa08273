import { AsyncResource } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import type { Logger } from '@longcode/kit';

export interface Dispatcher<T> {
  /** Delivers the item when one of the `concurrency` places is free; false (dropped) when the queue is full. */
  run(item: T): boolean;
  /** A send was served: deliveries give way for a while (see createDispatcher). */
  busy(): void;
  /** Whether the queue is all but full (95 % of its bytes): time to take no more work. */
  full(): boolean;
  /** Items waiting for a place (how many, about how many bytes), and deliveries under way. */
  pending(): { queued: number; queuedBytes: number; running: number };
  /** Starts nothing more; deliveries under way finish on their own. */
  close(): void;
}

export interface DispatcherOptions<T> {
  concurrency: number;
  deliver(item: T): Promise<void>;
  logger: Logger;
  /** About how many bytes of heap a waiting item keeps alive. */
  weigh(item: T): number;
  /** How many bytes of waiting items the queue may hold: a bound on memory, whatever the receiver does. */
  queueBytes?: number;
}

/** Counted generously (weigh's bytes are about twice the real ones): some 25 MB of the services' 128 MB heap. */
export const DEFAULT_QUEUE_BYTES = 48 * 1024 * 1024;

/** The share of the queue's bytes past which it counts as full: room for what is already scheduled. */
const FULL = 0.95;

/** How long after a send deliveries keep giving way. */
const BUSY_WINDOW_MS = 10;

/**
 * Webhook deliveries, concurrent but bounded (SIM_WEBHOOK_CONCURRENCY): a FIFO queue of items (each kept
 * small: what is sent is built when its delivery starts), at most `concurrency` delivering at once. The
 * queue is bounded by the memory its items keep alive; past that bound an item is dropped (and counted).
 *
 * Sends come first. Deliveries start from a `setImmediate`, once a turn of the event loop: as many as there
 * are free places, unless a send was served in the last 10 ms; then one a turn while the queue is under
 * half full, and from there a share of the free places that grows to all of them as it fills. A delivery
 * costs more than a send (an Ed25519 signature and an HTTP request), so without this a flood of sends is
 * held to the pace of its own webhooks; with it the queue takes up the difference and drains when the
 * flood ebbs. A queue nearing its bound gets every free place; a full one refuses sends (see http.ts).
 */
export function createDispatcher<T>(options: DispatcherOptions<T>): Dispatcher<T> {
  const { concurrency, deliver, weigh, logger, queueBytes = DEFAULT_QUEUE_BYTES } = options;
  let queue: Array<T | undefined> = [];
  let head = 0;
  let queuedBytes = 0;
  let running = 0;
  let closed = false;
  let turnPending = false;
  let lastSendAt = Number.NEGATIVE_INFINITY;

  const settle = () => {
    running -= 1;
    nextTurn();
  };
  const failed = (error: unknown) => logger.error({ err: error }, 'webhook delivery failed');
  const startsThisTurn = () =>
    performance.now() - lastSendAt < BUSY_WINDOW_MS
      ? Math.max(1, Math.ceil(concurrency * ((2 * queuedBytes) / queueBytes - 1)))
      : concurrency;

  // Bound here, outside any request: deliveries neither run in nor trace as part of the request that
  // happened to wake the queue.
  const turn = AsyncResource.bind(() => {
    turnPending = false;
    const starts = Math.min(startsThisTurn(), concurrency - running);
    for (let started = 0; started < starts && head < queue.length; started += 1) {
      const item = queue[head] as T;
      queue[head] = undefined;
      head += 1;
      queuedBytes -= weigh(item);
      running += 1;
      deliver(item).catch(failed).finally(settle);
    }
    if (head > 1024 && head * 2 > queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
    if (running < concurrency) nextTurn();
  });

  function nextTurn(): void {
    if (turnPending || closed || head >= queue.length) return;
    turnPending = true;
    setImmediate(turn);
  }

  return {
    run(item) {
      const bytes = weigh(item);
      if (closed || queuedBytes + bytes > queueBytes) return false;
      queuedBytes += bytes;
      queue.push(item);
      nextTurn();
      return true;
    },
    busy() {
      lastSendAt = performance.now();
    },
    full: () => queuedBytes >= FULL * queueBytes,
    pending: () => ({ queued: queue.length - head, queuedBytes, running }),
    close() {
      closed = true;
      queue = [];
      head = 0;
      queuedBytes = 0;
    },
  };
}
