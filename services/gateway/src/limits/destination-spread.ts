import { DomainError } from '@longcode/kit';
import type { Redis } from 'ioredis';

/**
 * SMS pumping (toll fraud: traffic driven to number ranges that pay the fraudster) shows as one account
 * suddenly texting many distinct number ranges. Each account may reach at most `limit` distinct NPA-NXX
 * prefixes (+1 and six digits) an hour; a send that would pass it is refused whole (429), changing
 * nothing. Counted in Redis, atomically, shared by every gateway instance.
 */
const SCRIPT = `
local added = 0
for i = 3, #ARGV do
  if redis.call('SISMEMBER', KEYS[1], ARGV[i]) == 0 then added = added + 1 end
end
local count = redis.call('SCARD', KEYS[1])
if count + added > tonumber(ARGV[1]) then return {0, count} end
if #ARGV >= 3 then redis.call('SADD', KEYS[1], unpack(ARGV, 3)) end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return {1, count + added}
`;

/** The NPA-NXX prefix of a NANP number (+1 and six digits); null for anything else. */
export const prefixOf = (to: unknown): string | null =>
  typeof to === 'string' && /^\+1\d{10}$/.test(to) ? to.slice(0, 8) : null;

export class DestinationSpreadError extends DomainError {
  constructor(limit: number) {
    super(
      'DESTINATION_SPREAD_LIMITED',
      `This account may reach at most ${limit} distinct number ranges (NPA-NXX) an hour; this send would pass it`,
      { status: 429, details: { limit } },
    );
  }
}

export function createDestinationSpread(
  redis: Redis,
  limitPerHour: number,
  now: () => Date = () => new Date(),
) {
  // Sent once, then called by its hash (EVALSHA; ioredis loads it again if Redis forgot it).
  redis.defineCommand('longcodeSpread', { numberOfKeys: 1, lua: SCRIPT });
  const spread = (
    redis as unknown as { longcodeSpread(...args: Array<string | number>): Promise<[number, number]> }
  ).longcodeSpread.bind(redis);
  return {
    /** Counts the send's destinations for the account; throws DestinationSpreadError past the limit. */
    async admit(accountId: string, destinations: readonly unknown[]): Promise<void> {
      const prefixes = [...new Set(destinations.map(prefixOf).filter((p): p is string => p !== null))];
      if (prefixes.length === 0) return;
      const hour = Math.floor(now().getTime() / 3_600_000);
      const [admitted] = await spread(
        `gateway-spread:${accountId}:${hour}`,
        limitPerHour,
        2 * 3_600_000,
        ...prefixes,
      );
      if (admitted !== 1) throw new DestinationSpreadError(limitPerHour);
    },
  };
}

export type DestinationSpread = ReturnType<typeof createDestinationSpread>;
