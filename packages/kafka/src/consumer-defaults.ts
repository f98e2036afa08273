import type { ConsumerOptions } from './port.js';

export interface ConsumerSettings {
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  heartbeatIntervalMs: number;
  /** How long a fetch waits on the broker for new data; also bounds how long stop() waits for it. */
  maxWaitTimeMs: number;
  /** What a fetch waits for before answering (1: the first record). */
  minBytes: number;
  maxBatchSize: number;
}

/** The same group timings for every adapter, so switching clients does not change rebalance behaviour. */
export function consumerDefaults(options: ConsumerOptions): ConsumerSettings {
  const sessionTimeoutMs = options.sessionTimeoutMs ?? 30_000;
  return {
    sessionTimeoutMs,
    rebalanceTimeoutMs: Math.max(60_000, sessionTimeoutMs),
    heartbeatIntervalMs: Math.min(3_000, Math.floor(sessionTimeoutMs / 3)),
    maxWaitTimeMs: options.gather?.maxWaitTimeMs ?? 1_000,
    minBytes: options.gather?.minBytes ?? 1,
    maxBatchSize: options.maxBatchSize ?? 500,
  };
}
