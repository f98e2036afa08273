import type { Redis } from 'ioredis';
import type { Counter } from './counters.js';

/**
 * Takes a message's share of every counter at once, or none: a Lua script, so any number of dispatch
 * instances share the limits exactly. A counter lives until its window ends.
 */
const TAKE = `
for i = 1, #KEYS do
  local used = tonumber(redis.call('GET', KEYS[i]) or '0')
  if used + tonumber(ARGV[3 * i - 1]) > tonumber(ARGV[3 * i - 2]) then return i end
end
for i = 1, #KEYS do
  local after = redis.call('INCRBY', KEYS[i], ARGV[3 * i - 1])
  if after == tonumber(ARGV[3 * i - 1]) then redis.call('PEXPIRE', KEYS[i], ARGV[3 * i]) end
end
return 0
`;

export type Take = { ok: true } | { ok: false; counter: Counter };

export function createLimiter(redis: Redis) {
  redis.defineCommand('longcodeTake', { lua: TAKE });
  const take = (
    redis as unknown as { longcodeTake(n: number, ...args: Array<string | number>): Promise<number> }
  ).longcodeTake.bind(redis);
  return {
    /** All or nothing; when a counter is full, which one (the message waits for its window to end). */
    async take(counters: Counter[], now: Date): Promise<Take> {
      if (counters.length === 0) return { ok: true };
      const args = counters.flatMap((c) => [
        c.limit,
        c.amount,
        Math.max(1, c.resetsAt.getTime() - now.getTime() + 1_000),
      ]);
      const full = await take(counters.length, ...counters.map((c) => c.key), ...args);
      const counter = full === 0 ? undefined : counters[full - 1];
      return counter ? { ok: false, counter } : { ok: true };
    },
  };
}

export type Limiter = ReturnType<typeof createLimiter>;
