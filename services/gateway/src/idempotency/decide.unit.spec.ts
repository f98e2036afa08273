import { describe, expect, it } from 'vitest';
import { ABANDONED_AFTER_MS, decideIdempotency, IDEMPOTENCY_TTL_MS } from './decide.js';

const now = new Date('2026-11-22T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('A request with an Idempotency-Key', () => {
  it('runs when nothing was recorded under the key, or only more than 24 h ago', () => {
    expect(decideIdempotency(undefined, 'f', now)).toEqual({ kind: 'run' });
    const old = { fingerprint: 'f', status: 202, createdAt: ago(IDEMPOTENCY_TTL_MS) };
    expect(decideIdempotency(old, 'f', now)).toEqual({ kind: 'run' });
  });

  it('gets the recorded answer when it is the same request', () => {
    expect(decideIdempotency({ fingerprint: 'f', status: 202, createdAt: ago(1000) }, 'f', now)).toEqual({
      kind: 'replay',
    });
  });

  it('is refused when the key was used for another request, answered or not', () => {
    for (const status of [202, null]) {
      expect(decideIdempotency({ fingerprint: 'f', status, createdAt: ago(1000) }, 'g', now)).toEqual({
        kind: 'mismatch',
      });
    }
  });

  it('waits (409) while the first is unanswered, and runs once that one was plainly abandoned', () => {
    expect(decideIdempotency({ fingerprint: 'f', status: null, createdAt: ago(1000) }, 'f', now)).toEqual({
      kind: 'in-progress',
    });
    const abandoned = { fingerprint: 'f', status: null, createdAt: ago(ABANDONED_AFTER_MS) };
    expect(decideIdempotency(abandoned, 'f', now)).toEqual({ kind: 'run' });
  });
});
