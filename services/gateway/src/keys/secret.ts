import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * An API key: `lc_<prefix>_<secret>`. The prefix (12 characters) is stored in clear, shown in lists and
 * used to find the key; the secret (43 characters, 256 random bits) only as its SHA-256. A key is random
 * and long, so a fast hash is the right one here (a password needs a slow one; a key does not).
 */
export interface IssuedKey {
  /** The whole key: shown once, at creation. */
  key: string;
  prefix: string;
  hash: string;
}

const KEY = /^lc_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function issueKey(): IssuedKey {
  const prefix = randomBytes(9).toString('base64url').replace(/[-_]/g, 'x').slice(0, 12);
  const secret = randomBytes(32).toString('base64url');
  return { key: `lc_${prefix}_${secret}`, prefix, hash: hashOf(secret) };
}

/** The prefix and the secret's hash of a presented key; null when it is not shaped like one of ours. */
export function parseKey(presented: string): { prefix: string; hash: string } | null {
  const match = KEY.exec(presented);
  if (!match?.[1] || !match[2]) return null;
  return { prefix: match[1], hash: hashOf(match[2]) };
}

/** Compares two hex hashes in constant time. */
export function sameHash(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a, 'hex'), Buffer.from(b, 'hex')];
  return x.length === y.length && timingSafeEqual(x, y);
}
