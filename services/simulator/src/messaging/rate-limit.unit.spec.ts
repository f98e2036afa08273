import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit.js';

function limiter(perSecond: number) {
  const clock = { ms: 1_000 };
  return { limiter: createRateLimiter({ perSecond, clockMs: () => clock.ms }), clock };
}

describe('Rate limiter', () => {
  it('takes a second’s worth at once, then refuses until a token comes back', () => {
    const { limiter: bucket, clock } = limiter(3);
    expect([1, 2, 3, 4].map(() => bucket.take().allowed)).toEqual([true, true, true, false]);
    clock.ms += 300;
    expect(bucket.take().allowed).toBe(false);
    clock.ms += 40;
    expect(bucket.take().allowed).toBe(true);
  });

  it("answers Telnyx's headers: the limit, what is left, whole seconds until reset; Retry-After on a refusal", () => {
    const { limiter: bucket } = limiter(100);
    expect(bucket.take().headers).toEqual({
      'x-ratelimit-limit': '100',
      'x-ratelimit-remaining': '99',
      'x-ratelimit-reset': '1',
    });
    for (let i = 0; i < 99; i += 1) bucket.take();
    expect(bucket.take()).toEqual({
      allowed: false,
      headers: {
        'x-ratelimit-limit': '100',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': '1',
        'retry-after': '1',
      },
    });
  });

  it('never holds more than a second’s worth', () => {
    const { limiter: bucket, clock } = limiter(2);
    clock.ms += 60_000;
    expect([1, 2, 3].map(() => bucket.take().allowed)).toEqual([true, true, false]);
  });

  it('does not limit at 0, and says nothing', () => {
    const { limiter: bucket } = limiter(0);
    for (let i = 0; i < 10_000; i += 1) expect(bucket.take().allowed).toBe(true);
    expect(bucket.take().headers).toEqual({});
  });
});
