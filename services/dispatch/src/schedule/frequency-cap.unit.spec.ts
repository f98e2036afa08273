import { describe, expect, it } from 'vitest';
import { frequencyCapDecision } from './frequency-cap.js';

const HOUR = 3_600_000;
const now = new Date('2025-07-15T15:00:00-04:00');
const hoursAgo = (...hours: number[]) => hours.map((h) => new Date(now.getTime() - h * HOUR));
const MIAMI = '+13055550123';
const cap = (to: string, sentInLast24h: Date[], useCase = 'MARKETING') =>
  frequencyCapDecision({ to, useCase, sentInLast24h, now });

describe('Frequency cap > Florida, Oklahoma, Maryland > three marketing messages per rolling 24 hours', () => {
  it('allows a third message after two', () => {
    expect(cap(MIAMI, hoursAgo(20, 2))).toEqual({ allowed: true });
  });
  it('holds a fourth until the oldest of the last three is 24 hours old', () => {
    const decision = cap(MIAMI, hoursAgo(1, 23, 10));
    expect(decision).toEqual({
      allowed: false,
      notBefore: new Date(now.getTime() + HOUR),
      reason:
        'FREQUENCY_CAP: 3 messages of this campaign in the last 24 hours; at most 3 (Fla. Stat. § 501.616(6) and 47 CFR 64.1200(c)(1))',
    });
  });
  it('does not count a message sent exactly 24 hours ago, nor older ones', () => {
    expect(cap(MIAMI, hoursAgo(24, 30, 48, 5, 1))).toEqual({ allowed: true });
  });
  it('with more than three already in the period, waits until only two remain', () => {
    // Sent 23, 22, 3 and 2 hours ago: once the one from 22 hours ago leaves, two remain.
    const decision = cap(MIAMI, hoursAgo(23, 22, 3, 2));
    expect(decision.allowed ? null : decision.notBefore).toEqual(new Date(now.getTime() + 2 * HOUR));
  });
  it.each([
    ['Oklahoma City', '+14055550123'],
    ['Baltimore', '+14105550123'],
    ['a toll-free number (location unknown)', '+18885550123'],
  ])('applies in %s', (_, to) => {
    expect(cap(to, hoursAgo(3, 2, 1)).allowed).toBe(false);
  });
});

describe('Frequency cap > elsewhere or transactional > no cap', () => {
  it('lets New York receive a tenth marketing message', () => {
    expect(cap('+12125550123', hoursAgo(9, 8, 7, 6, 5, 4, 3, 2, 1))).toEqual({ allowed: true });
  });
  it.each(['2FA', 'DELIVERY_NOTIFICATION', 'FRAUD_ALERT'])('lets %s through in Florida', (useCase) => {
    expect(cap(MIAMI, hoursAgo(3, 2, 1), useCase)).toEqual({ allowed: true });
  });
});
