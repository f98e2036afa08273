import { describe, expect, it } from 'vitest';
import { sendTimeDecision } from './send-time.js';

const HOUR = 3_600_000;
const MIAMI = '+13055550123';
const decide = (local: string, sentHoursAgo: number[], useCase = 'MARKETING') => {
  const now = new Date(local);
  const sentInLast24h = sentHoursAgo.map((h) => new Date(now.getTime() - h * HOUR));
  return sendTimeDecision({ to: MIAMI, useCase, now, sentInLast24h });
};

describe('Send time > both the cap and quiet hours', () => {
  it('sends when neither holds the message', () => {
    expect(decide('2025-07-15T12:00:00-04:00', [5, 1])).toEqual({ allowed: true });
  });
  it('waits for quiet hours alone', () => {
    const decision = decide('2025-07-15T21:00:00-04:00', [5]);
    expect(decision.allowed ? null : decision.notBefore.toISOString()).toBe('2025-07-16T12:00:00.000Z');
  });
  it('waits for the cap when it lets go inside the window', () => {
    const decision = decide('2025-07-15T12:00:00-04:00', [23, 5, 1]);
    expect(decision.allowed ? null : decision.notBefore).toEqual(new Date('2025-07-15T13:00:00-04:00'));
  });
  it('when the cap lets go at night, waits on to 08:00 and says both', () => {
    // The oldest of three was sent at 20:30 yesterday: the cap lets go at 20:30, after Florida's 20:00.
    const decision = decide('2025-07-15T18:00:00-04:00', [21.5, 3, 1]);
    expect(decision.allowed ? null : decision.notBefore).toEqual(new Date('2025-07-16T08:00:00-04:00'));
    expect(decision.allowed ? '' : decision.reason).toMatch(/^FREQUENCY_CAP: .*; then QUIET_HOURS: 20:30 in/);
  });
  it('lets a transactional message through at night regardless', () => {
    expect(decide('2025-07-15T23:00:00-04:00', [3, 2, 1], 'SECURITY_ALERT')).toEqual({ allowed: true });
  });
});
