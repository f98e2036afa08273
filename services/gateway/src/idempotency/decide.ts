/** How long a key is remembered (Stripe: 24 h). */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;
/**
 * A request still unanswered this long after it claimed its key was cut short (the gateway stopped):
 * the key may run again. (What the cut request did upstream may then be done twice; services taking
 * the key themselves is the complete answer.)
 */
export const ABANDONED_AFTER_MS = 5 * 60_000;

export interface Recorded {
  fingerprint: string;
  /** null while the first request is still being answered. */
  status: number | null;
  createdAt: Date;
}

export type IdempotencyDecision =
  | { kind: 'run' }
  | { kind: 'replay' }
  | { kind: 'in-progress' }
  | { kind: 'mismatch' };

/**
 * What a request with an Idempotency-Key does, given what was recorded under that key (Stripe's rules):
 * nothing recorded, or recorded more than 24 h ago → run it; the same request answered → replay the
 * answer; the same key still running → 409; the key used for another request → 422.
 */
export function decideIdempotency(
  recorded: Recorded | undefined,
  fingerprint: string,
  now: Date,
): IdempotencyDecision {
  const age = recorded ? now.getTime() - recorded.createdAt.getTime() : Number.POSITIVE_INFINITY;
  if (!recorded || age >= IDEMPOTENCY_TTL_MS) return { kind: 'run' };
  if (recorded.fingerprint !== fingerprint) return { kind: 'mismatch' };
  if (recorded.status !== null) return { kind: 'replay' };
  return age >= ABANDONED_AFTER_MS ? { kind: 'run' } : { kind: 'in-progress' };
}
