import { describe, expect, it } from 'vitest';
import { DELIVERY_FAILURES } from './errors.js';
import { drawOutcome, drawServerError } from './outcomes.js';
import { fnv1a, mulberry32, seededRandom } from './random.js';

const rates = { deliveryFailure: 0.5, duplicate: 0.5, reorder: 0.5 };
const draw = (seed: string, n: number) => {
  const random = seededRandom(seed, 'outcomes');
  return Array.from({ length: n }, () => drawOutcome(random, rates));
};

describe('Simulated outcomes', () => {
  it('are the same for the same seed, and differ for another', () => {
    expect(draw('longcode', 50)).toEqual(draw('longcode', 50));
    expect(draw('longcode', 50)).not.toEqual(draw('other', 50));
  });

  it('follow their rates: none at 0, all at 1', () => {
    const random = mulberry32(fnv1a('x'));
    const never = { deliveryFailure: 0, duplicate: 0, reorder: 0 };
    const always = { deliveryFailure: 1, duplicate: 1, reorder: 1 };
    for (let i = 0; i < 200; i += 1) {
      expect(drawOutcome(random, never)).toEqual({
        failure: null,
        duplicateSent: false,
        duplicateFinalized: false,
        reordered: false,
      });
      const outcome = drawOutcome(random, always);
      expect(DELIVERY_FAILURES).toContain(outcome.failure);
      expect(outcome).toMatchObject({ duplicateSent: true, duplicateFinalized: true, reordered: true });
      expect(drawServerError(random, 0)).toBeNull();
      expect([500, 503]).toContain(drawServerError(random, 1));
    }
  });

  it('come near their rates over many messages, each failure code among them', () => {
    const outcomes = draw('longcode', 10_000);
    const failed = outcomes.filter((outcome) => outcome.failure !== null);
    expect(failed.length / outcomes.length).toBeCloseTo(0.5, 1);
    expect(new Set(failed.map((outcome) => outcome.failure?.code)).size).toBe(DELIVERY_FAILURES.length);
  });

  it('draw numbers in [0, 1)', () => {
    const random = mulberry32(0);
    for (let i = 0; i < 10_000; i += 1) {
      const value = random();
      expect(value >= 0 && value < 1).toBe(true);
    }
  });
});
