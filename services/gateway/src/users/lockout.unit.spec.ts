import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  afterSuccess,
  LOCK_MS,
  lockedFor,
  MAX_ADDRESS_FAILURES,
  MAX_FAILURES,
} from './lockout.js';

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 22, 12, minutes));

function fail(times: number, now: Date) {
  let state = afterSuccess();
  for (let i = 0; i < times; i++) state = afterFailure(state, now);
  return state;
}

describe('Login lockout', () => {
  it('does not lock before the fifth failure in a row', () => {
    const state = fail(MAX_FAILURES - 1, at(0));
    expect(lockedFor(state, at(0))).toBe(0);
  });

  it('locks for 15 minutes at the fifth failure', () => {
    const state = fail(MAX_FAILURES, at(0));
    expect(lockedFor(state, at(0))).toBe(LOCK_MS);
    expect(lockedFor(state, at(14))).toBe(60_000);
    expect(lockedFor(state, at(15))).toBe(0);
  });

  it('gives five new tries once the lock has ended', () => {
    const locked = fail(MAX_FAILURES, at(0));
    const again = afterFailure(locked, at(16));
    expect(again.failedLogins).toBe(1);
    expect(lockedFor(again, at(16))).toBe(0);
  });

  it('locks at a higher count when given one (the address from every IP)', () => {
    let state = afterSuccess();
    for (let i = 0; i < MAX_ADDRESS_FAILURES - 1; i++)
      state = afterFailure(state, at(0), MAX_ADDRESS_FAILURES);
    expect(lockedFor(state, at(0))).toBe(0);
    expect(lockedFor(afterFailure(state, at(0), MAX_ADDRESS_FAILURES), at(0))).toBe(LOCK_MS);
  });

  it('forgets failures after a success', () => {
    expect(afterSuccess()).toEqual({ failedLogins: 0, lockedUntil: null });
  });
});
