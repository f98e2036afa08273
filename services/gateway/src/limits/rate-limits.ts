import { DomainError } from '@longcode/kit';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Caller } from '../keys/auth.js';

export interface RateLimitDefaults {
  keyPerMinute: number;
  keyPerHour: number;
  accountPerMinute: number;
  /** Requests an IP address may make a minute to the routes that need no credential (sign-in, resets). */
  signedOutPerMinute: number;
}

/** What the RateLimit headers tell a caller: the tightest window it is in. */
export interface RateLimitState {
  limit: number;
  remaining: number;
  resetSeconds: number;
}

export class RateLimitedError extends DomainError {
  readonly state: RateLimitState;

  constructor(scope: string, state: RateLimitState) {
    super('RATE_LIMITED', `Too many requests for this ${scope}; try again in ${state.resetSeconds} s`, {
      status: 429,
      details: { scope, limit: state.limit, retryAfterSeconds: state.resetSeconds },
    });
    this.state = state;
  }
}

const stateOf = (limit: number, res: RateLimiterRes): RateLimitState => ({
  limit,
  remaining: Math.max(0, res.remainingPoints),
  resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
});

/**
 * Per key (a minute and an hour, the key's own limits or the defaults) and per account (a minute, all its
 * keys together), counted in Redis so every gateway instance shares them.
 */
export function createRateLimits(redis: Redis, defaults: RateLimitDefaults) {
  const limiters = new Map<string, RateLimiterRedis>();
  const limiter = (name: string, points: number, seconds: number) => {
    const id = `${name}:${points}:${seconds}`;
    const existing = limiters.get(id);
    if (existing) return existing;
    const created = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `gateway-limit:${id}`,
      points,
      duration: seconds,
    });
    limiters.set(id, created);
    return created;
  };

  async function consume(
    scope: string,
    id: string,
    points: number,
    seconds: number,
  ): Promise<RateLimitState> {
    try {
      return stateOf(points, await limiter(scope, points, seconds).consume(id));
    } catch (error) {
      if (error instanceof RateLimiterRes) throw new RateLimitedError(scope, stateOf(points, error));
      throw error;
    }
  }

  return {
    /** Counts a request that carries no credential, by its IP (against password spraying). */
    takeSignedOut: (ip: string): Promise<RateLimitState> =>
      consume('address', ip, defaults.signedOutPerMinute, 60),
    /** Counts one request; throws RateLimitedError (429) when a window is full. */
    async take(caller: Caller): Promise<RateLimitState> {
      // The three windows are counted at once (one round trip's wait, not three).
      const [minute, ...others] = await Promise.allSettled([
        consume('key', caller.keyId, caller.limitPerMinute ?? defaults.keyPerMinute, 60),
        consume('key', caller.keyId, caller.limitPerHour ?? defaults.keyPerHour, 3_600),
        consume('account', caller.accountId, defaults.accountPerMinute, 60),
      ]);
      for (const result of [minute, ...others]) if (result?.status === 'rejected') throw result.reason;
      return (minute as PromiseFulfilledResult<RateLimitState>).value;
    },
  };
}

export type RateLimits = ReturnType<typeof createRateLimits>;
