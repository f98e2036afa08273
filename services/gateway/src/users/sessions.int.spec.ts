import { describe, expect, it } from 'vitest';
import { gatewayDatabase } from '../testing/database.js';
import {
  ENDED_KEPT_MS,
  forgetEndedSessions,
  liveSession,
  openSession,
  SESSION_IDLE_MS,
  SESSION_TTL_MS,
} from './sessions.js';
import { tokenHash } from './tokens.js';

const database = gatewayDatabase('gw_sessions');

const minutes = (start: Date, n: number) => new Date(start.getTime() + n * 60_000);
const client = { ip: '127.0.0.1', userAgent: 'spec' };

describe('Sessions', () => {
  it('stay open while used, however long, up to their absolute expiry', async () => {
    const t0 = new Date('2026-11-22T08:00:00.000Z');
    const { token } = await openSession(database(), 'user-1', client, t0);
    for (let m = 20; m < SESSION_TTL_MS / 60_000; m += 20) {
      expect(await liveSession(database(), tokenHash(token), minutes(t0, m)), `at ${m} min`).not.toBeNull();
    }
    expect(await liveSession(database(), tokenHash(token), minutes(t0, SESSION_TTL_MS / 60_000))).toBeNull();
  });

  it('end when left unused longer than the idle timeout, and stay ended', async () => {
    const t0 = new Date('2026-11-22T09:00:00.000Z');
    const idle = SESSION_IDLE_MS / 60_000;
    const { token } = await openSession(database(), 'user-2', client, t0);
    expect(await liveSession(database(), tokenHash(token), minutes(t0, idle - 1))).not.toBeNull();
    expect(await liveSession(database(), tokenHash(token), minutes(t0, 2 * idle - 2))).not.toBeNull();
    expect(await liveSession(database(), tokenHash(token), minutes(t0, 3 * idle))).toBeNull();
    expect(await liveSession(database(), tokenHash(token), minutes(t0, 3 * idle + 1))).toBeNull();
  });

  it('are deleted a week after they ended, not before', async () => {
    const t0 = new Date('2027-03-01T08:00:00.000Z');
    const { token } = await openSession(database(), 'user-3', client, t0);
    const weekAfterEnd = new Date(t0.getTime() + SESSION_TTL_MS + ENDED_KEPT_MS);
    // A millisecond before, everything older goes (the other specs' sessions) but this one stays.
    await forgetEndedSessions(database(), new Date(weekAfterEnd.getTime() - 1));
    expect(await liveSession(database(), tokenHash(token), minutes(t0, 1))).not.toBeNull();
    expect(await forgetEndedSessions(database(), weekAfterEnd, 1)).toBe(1);
    expect(await liveSession(database(), tokenHash(token), minutes(t0, 1))).toBeNull();
  });
});
