/**
 * When a refused submission is tried again: after 1 min, 5 min, 15 min, then 1 h (or later, when the
 * provider asks for longer with Retry-After), up to the campaign's maximum number of attempts.
 */
export interface RetryPolicy {
  /** Submissions allowed in all, the first included. */
  maxAttempts: number;
  backoffMs: readonly number[];
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 5,
  backoffMs: [60_000, 300_000, 900_000, 3_600_000],
};

/** When attempt `attempt + 1` is due, or null when the policy allows no more. */
export function retryAt(
  policy: RetryPolicy,
  attempt: number,
  now: Date,
  retryAfterMs: number | null,
): Date | null {
  if (attempt >= policy.maxAttempts) return null;
  const backoff = policy.backoffMs[Math.min(attempt - 1, policy.backoffMs.length - 1)] ?? 0;
  return new Date(now.getTime() + Math.max(backoff, retryAfterMs ?? 0));
}
