import { setTimeout as sleep } from 'node:timers/promises';
import type { Batch, BatchControl, ConsumerRunOptions, KafkaLogger } from './port.js';

export interface Backoff {
  initialMs: number;
  maxMs: number;
}

export const defaultBackoff: Readonly<Backoff> = Object.freeze({ initialMs: 300, maxMs: 10_000 });

export interface RedeliveryContext {
  /** Aborted by Consumer.stop(): no more attempts start. */
  signal: AbortSignal;
  logger: KafkaLogger;
  /**
   * Called about once a second while waiting (clients with manual heartbeats send one here).
   * Resolves false when the batch is no longer ours (its partition was revoked); its errors propagate.
   */
  keepAlive(): Promise<boolean>;
  backoff?: Backoff;
}

/**
 * Hands the same batch to `eachBatch` until it resolves, waiting longer after each failure.
 * Resolves true once the batch is handled, false when the consumer was stopped or the partition
 * revoked first (the caller must then commit nothing).
 */
export async function deliverUntilHandled(
  eachBatch: ConsumerRunOptions['eachBatch'],
  batch: Batch,
  control: BatchControl,
  context: RedeliveryContext,
): Promise<boolean> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await eachBatch(batch, control);
      return true;
    } catch (error) {
      context.logger.warn(
        {
          err: error,
          topic: batch.topic,
          partition: batch.partition,
          offset: batch.messages[0]?.offset,
          attempt,
        },
        'eachBatch failed; the batch will be redelivered after a backoff',
      );
    }
    if (!(await wait(delayBefore(attempt + 1, context.backoff ?? defaultBackoff), context))) return false;
  }
}

function delayBefore(attempt: number, backoff: Backoff): number {
  const exponential = Math.min(backoff.maxMs, backoff.initialMs * 2 ** (attempt - 1));
  return Math.round(exponential * (0.8 + Math.random() * 0.4));
}

async function wait(ms: number, { signal, keepAlive }: RedeliveryContext): Promise<boolean> {
  for (let remaining = ms; remaining > 0; remaining -= 1000) {
    if (signal.aborted) return false;
    try {
      await sleep(Math.min(remaining, 1000), undefined, { signal });
    } catch {
      return false;
    }
    if (!(await keepAlive())) return false;
  }
  return !signal.aborted;
}
