import type { Headers } from '@longcode/kafka';

export interface RetryPolicy {
  /** Attempts in all, the first one included, before the dead-letter topic. */
  maxAttempts: number;
  /** Delay before retry attempt n (n = 2 for the first retry). */
  backoffMs(attempt: number): number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 4,
  backoffMs: (attempt) => Math.min(1000 * 2 ** (attempt - 2), 30_000),
};

export const retryHeaders = {
  attempt: 'x-longcode-attempt',
  notBefore: 'x-longcode-not-before',
  originalTopic: 'x-longcode-original-topic',
  originalPartition: 'x-longcode-original-partition',
  originalOffset: 'x-longcode-original-offset',
  error: 'x-longcode-error',
  failedAt: 'x-longcode-failed-at',
  consumer: 'x-longcode-consumer',
} as const;

export interface Failure {
  headers: Headers;
  topic: string;
  partition: number;
  offset: string;
  error: unknown;
}

/** Where a failed message goes next, and with which headers. */
export function nextHop(
  failure: Failure,
  policy: RetryPolicy,
  now: Date,
  consumer: string,
): { destination: 'retry' | 'dead-letter'; headers: Headers } {
  const attempt = Number(failure.headers[retryHeaders.attempt] ?? '1');
  const nextAttempt = attempt + 1;
  const reason =
    failure.error instanceof Error
      ? `${failure.error.name}: ${failure.error.message}`
      : String(failure.error);
  const headers: Headers = {
    ...failure.headers,
    [retryHeaders.attempt]: String(nextAttempt),
    [retryHeaders.originalTopic]: failure.headers[retryHeaders.originalTopic] ?? failure.topic,
    [retryHeaders.originalPartition]:
      failure.headers[retryHeaders.originalPartition] ?? String(failure.partition),
    [retryHeaders.originalOffset]: failure.headers[retryHeaders.originalOffset] ?? failure.offset,
    [retryHeaders.error]: reason.slice(0, 2000),
    [retryHeaders.failedAt]: now.toISOString(),
    [retryHeaders.consumer]: consumer,
  };
  if (nextAttempt > policy.maxAttempts) {
    headers[retryHeaders.attempt] = String(attempt); // attempts made
    delete headers[retryHeaders.notBefore];
    return { destination: 'dead-letter', headers };
  }
  headers[retryHeaders.notBefore] = String(now.getTime() + policy.backoffMs(nextAttempt));
  return { destination: 'retry', headers };
}
