import { describe, expect, it } from 'vitest';
import { issueKey, parseKey, sameHash } from './secret.js';

describe('An API key', () => {
  it('is found by its visible prefix and checked by the hash of its secret', () => {
    const issued = issueKey();
    expect(issued.key).toMatch(/^lc_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    expect(issued.key.startsWith(`lc_${issued.prefix}_`)).toBe(true);
    const parsed = parseKey(issued.key);
    expect(parsed?.prefix).toBe(issued.prefix);
    expect(sameHash(parsed?.hash ?? '', issued.hash)).toBe(true);
  });

  it('does not keep its secret: the stored hash is not the key, and another key does not match it', () => {
    const [one, two] = [issueKey(), issueKey()];
    expect(one.key).not.toContain(one.hash);
    expect(sameHash(parseKey(two.key)?.hash ?? '', one.hash)).toBe(false);
  });

  it.each(['', 'lc_short_x', 'sk_live_abc', `lc_${'a'.repeat(12)}_${'b'.repeat(42)}`])(
    'is not recognised in %j',
    (presented) => {
      expect(parseKey(presented)).toBeNull();
    },
  );
});
