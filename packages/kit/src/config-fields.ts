/**
 * Zod fields for environment variables: each takes the raw string and explains a bad
 * value in words an operator understands. Use them in the schema given to loadConfig:
 *
 *   z.object({ HTTP_PORT: port().default(8080), DATABASE_URL: url(['mysql']) })
 */
import { isIP } from 'node:net';
import { z } from 'zod';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A TCP port, 1–65535. */
export function port() {
  return integer(1, 65535, 'an integer between 1 and 65535');
}

/** A non-negative integer number of milliseconds (`SHUTDOWN_TIMEOUT_MS=10000`). */
export function durationMs() {
  return integer(0, Number.MAX_SAFE_INTEGER, 'a duration in milliseconds (a non-negative integer)');
}

/**
 * An absolute URL, kept as a string, optionally restricted to some protocols
 * (`url(['mysql', 'mariadb'])`). The value is never echoed: URLs often hold passwords.
 */
export function url(protocols?: readonly string[]) {
  return z.string().transform((raw, ctx) => {
    const parsed = URL.canParse(raw) ? new URL(raw) : undefined;
    if (!parsed) return reject(ctx, 'expected an absolute URL');
    const protocol = parsed.protocol.replace(/:$/, '');
    if (protocols && !protocols.includes(protocol)) {
      const allowed = protocols.map((p) => `${p}://`).join(' or ');
      return reject(ctx, `expected a URL starting with ${allowed}, got ${quote(`${protocol}://`)}`);
    }
    return raw;
  });
}

/** A comma-separated list (`KAFKA_BROKERS=a:9092, b:9092`), trimmed, empty items dropped. */
export function csv() {
  return z.string().transform((raw) =>
    raw
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  );
}

/** A yes/no switch: true or false (1 or 0). Anything else is refused, not read as true. */
export function flag() {
  return z.string().transform((raw, ctx): boolean => {
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    return reject(ctx, `expected true or false, got ${quote(raw)}`);
  });
}

const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * The proxies in front of a service, whose X-Forwarded-For names the client: their addresses, CIDR
 * ranges, or loopback, linklocal, uniquelocal (`TRUST_PROXY=10.0.0.0/8, loopback`). Not a number of
 * hops: that cannot tell a proxy from a client that sends the header itself.
 */
export function trustedProxies() {
  return z.string().transform((raw, ctx): string[] => {
    const items = raw
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
    const bad = items.find((item) => !PROXY_RANGES.includes(item) && !isAddressOrRange(item));
    if (items.length === 0 || bad !== undefined) {
      return reject(
        ctx,
        `expected the proxies' addresses, CIDR ranges, loopback, linklocal or uniquelocal, got ${quote(bad ?? raw)}`,
      );
    }
    return items;
  });
}

function isAddressOrRange(item: string): boolean {
  const [address = '', prefix, ...rest] = item.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/** One of the given values, spelled exactly. */
export function enumOf<const T extends readonly [string, ...string[]]>(values: T) {
  const allowed: readonly string[] = values;
  return z.string().transform((raw, ctx): T[number] => {
    if (allowed.includes(raw)) return raw;
    return reject(ctx, `expected one of ${values.join(', ')}, got ${quote(raw)}`);
  });
}

/** A pino level: fatal, error, warn, info, debug, trace or silent. */
export function logLevel() {
  return enumOf(LOG_LEVELS);
}

function integer(min: number, max: number, expected: string) {
  return z.string().transform((raw, ctx) => {
    const value = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
    if (Number.isSafeInteger(value) && value >= min && value <= max) return value;
    return reject(ctx, `expected ${expected}, got ${quote(raw)}`);
  });
}

function reject(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
}

function quote(raw: string): string {
  return JSON.stringify(raw);
}
