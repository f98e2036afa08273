/** Whether a request may go on, and the headers Telnyx puts on its answer. */
export interface RateLimitAnswer {
  allowed: boolean;
  /** `x-ratelimit-limit`, `x-ratelimit-remaining`, `x-ratelimit-reset`, and `retry-after` on a refusal. */
  headers: Record<string, string>;
}

export interface RateLimiter {
  take(): RateLimitAnswer;
}

/**
 * A token bucket of `perSecond` tokens, refilled continuously, holding at most one second's worth: every
 * send takes one. 0 means no limit (and no headers). Telnyx's headers, after
 * https://developers.telnyx.com/development/api-fundamentals/reliability/rate-limiting: the limit, the
 * requests left now, and the seconds until the window resets (here: until the bucket is full again, or on
 * a refusal until the next token), whole seconds, at least 1, as `Retry-After` needs.
 */
export function createRateLimiter({
  perSecond,
  clockMs,
}: {
  perSecond: number;
  clockMs: () => number;
}): RateLimiter {
  if (perSecond === 0) return { take: () => ({ allowed: true, headers: {} }) };
  let tokens = perSecond;
  let refilledAt = clockMs();
  const seconds = (missingTokens: number) => String(Math.max(1, Math.ceil(missingTokens / perSecond)));

  return {
    take() {
      const now = clockMs();
      tokens = Math.min(perSecond, tokens + ((now - refilledAt) * perSecond) / 1000);
      refilledAt = now;
      const allowed = tokens >= 1;
      if (allowed) tokens -= 1;
      const headers: Record<string, string> = {
        'x-ratelimit-limit': String(perSecond),
        'x-ratelimit-remaining': String(Math.floor(tokens)),
        'x-ratelimit-reset': seconds(allowed ? perSecond - tokens : 1 - tokens),
      };
      if (!allowed) headers['retry-after'] = headers['x-ratelimit-reset'] ?? '1';
      return { allowed, headers };
    },
  };
}
