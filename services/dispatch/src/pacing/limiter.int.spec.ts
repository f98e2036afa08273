import { randomUUID } from 'node:crypto';
import { stackFromEnv } from '@longcode/testing';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import type { Counter } from './counters.js';
import { createLimiter } from './limiter.js';

const redis = new Redis(stackFromEnv(process.env).redisUrl);
const another = new Redis(stackFromEnv(process.env).redisUrl);
afterAll(async () => void (await Promise.all([redis.quit(), another.quit()])));
const now = new Date();
const counter = (limit: number, amount = 1): Counter => ({
  key: `test:${randomUUID()}`,
  limit,
  amount,
  resetsAt: new Date(now.getTime() + 60_000),
  blocks: { scope: 'campaign', id: 'c1' },
  rule: 'test',
});

describe('Limiter (Redis)', () => {
  it('admits up to the limit, then says which counter is full', async () => {
    const limiter = createLimiter(redis);
    const c = counter(5, 2);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await limiter.take([c], now)).ok);
    expect(answers).toEqual([true, true, false, false]);
  });
  it('takes from every counter or from none', async () => {
    const limiter = createLimiter(redis);
    const roomy = counter(100);
    const full = counter(0);
    expect(await limiter.take([roomy, full], now)).toEqual({ ok: false, counter: full });
    expect(await redis.get(roomy.key)).toBeNull();
  });
  it('never admits more than the limit, however many instances take at once', async () => {
    const c = counter(50);
    const instances = [
      createLimiter(new Redis(stackFromEnv(process.env).redisUrl)),
      createLimiter(redis),
      createLimiter(redis),
    ];
    const results = await Promise.all(
      Array.from({ length: 120 }, (_, i) => instances[i % 3]?.take([c], now)),
    );
    expect(results.filter((r) => r?.ok)).toHaveLength(50);
    expect(Number(await redis.get(c.key))).toBe(50);
    expect(await redis.pttl(c.key)).toBeGreaterThan(0);
  });
});
