import { beforeAll, describe, expect, it } from 'vitest';
import { gatewayDatabase } from '../testing/database.js';
import { MAX_ADDRESS_FAILURES, MAX_FAILURES } from './lockout.js';
import { createLoginThrottle, type LoginThrottle } from './throttle.js';

const database = gatewayDatabase('gw_throttle');
let throttle: LoginThrottle;
beforeAll(() => {
  throttle = createLoginThrottle(database());
});

const now = new Date();
const fail = async (email: string, ip: string, times: number) => {
  const attempts = [];
  for (let i = 0; i < times; i++) attempts.push(await throttle.attempt(email, ip, now));
  return attempts;
};

describe('Login throttle', () => {
  it("locks a guesser's IP out of an address, not the person signing in from elsewhere", async () => {
    const attempts = await fail('victim@acme.example', '203.0.113.7', MAX_FAILURES);
    expect(attempts.map((a) => [a.lockedMs, a.locksNow])).toEqual([
      ...Array(MAX_FAILURES - 1).fill([0, false]),
      [0, true],
    ]);
    expect((await throttle.attempt('victim@acme.example', '203.0.113.7', now)).lockedMs).toBeGreaterThan(0);
    // The owner, from their own network, still has their tries; signing in does not unlock the guesser.
    expect((await throttle.attempt('victim@acme.example', '198.51.100.20', now)).lockedMs).toBe(0);
    await throttle.succeeded('victim@acme.example', '198.51.100.20');
    expect((await throttle.attempt('victim@acme.example', '203.0.113.7', now)).lockedMs).toBeGreaterThan(0);
  });

  it('locks an address for everyone once guesses from many IPs add up', async () => {
    for (let i = 0; i < MAX_ADDRESS_FAILURES - 1; i++) {
      const [attempt] = await fail('spread@acme.example', `192.0.2.${i + 1}`, 1);
      expect(attempt?.lockedMs).toBe(0);
    }
    const [last] = await fail('spread@acme.example', '192.0.2.200', 1);
    expect(last).toEqual({ lockedMs: 0, locksNow: true });
    expect((await throttle.attempt('spread@acme.example', '198.51.100.99', now)).lockedMs).toBeGreaterThan(0);
    // Other addresses are not concerned.
    expect((await throttle.attempt('other@acme.example', '192.0.2.1', now)).lockedMs).toBe(0);
  });

  it('forgets a count after a day without attempts: the tries start again; a fresher count stays', async () => {
    const day = 24 * 3_600_000;
    const t0 = new Date(now.getTime() + 10 * day);
    for (let i = 0; i < MAX_FAILURES - 1; i++) await throttle.attempt('idle@acme.example', '203.0.113.5', t0);
    const later = new Date(t0.getTime() + 12 * 3_600_000);
    for (let i = 0; i < MAX_FAILURES - 1; i++)
      await throttle.attempt('busy@acme.example', '203.0.113.5', later);

    const dayAfter = new Date(t0.getTime() + day);
    expect(await throttle.forgetIdle(dayAfter, 1)).toBeGreaterThanOrEqual(2);

    // Idle for a day: a fifth failure is the first of a new count. Busy twelve hours ago: it locks.
    expect(await throttle.attempt('idle@acme.example', '203.0.113.5', dayAfter)).toEqual({
      lockedMs: 0,
      locksNow: false,
    });
    expect(await throttle.attempt('busy@acme.example', '203.0.113.5', dayAfter)).toEqual({
      lockedMs: 0,
      locksNow: true,
    });
  });

  it('counts simultaneous attempts exactly', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 12 }, () => throttle.attempt('rushed@acme.example', '203.0.113.9', now)),
    );
    expect(attempts.filter((a) => a.lockedMs === 0)).toHaveLength(MAX_FAILURES);
  });
});
