import { createDatabase, type Database, migrate } from '@longcode/eventstore';
import { createTestDatabase, stackFromEnv } from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayMigrations } from '../migrations.js';
import { liveSession, openSession, SESSION_IDLE_MS, SESSION_TTL_MS } from './sessions.js';
import { tokenHash } from './tokens.js';

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  const database = await createTestDatabase(stackFromEnv(process.env).mysqlUrl, 'gw_sessions');
  drop = database.drop;
  db = createDatabase({ url: database.url });
  await migrate(db, gatewayMigrations);
});
afterAll(async () => {
  await db?.destroy();
  await drop?.();
});

const minutes = (start: Date, n: number) => new Date(start.getTime() + n * 60_000);
const client = { ip: '127.0.0.1', userAgent: 'spec' };

describe('Sessions', () => {
  it('stay open while used, however long, up to their absolute expiry', async () => {
    const t0 = new Date('2026-11-22T08:00:00.000Z');
    const { token } = await openSession(db, 'user-1', client, t0);
    for (let m = 20; m < SESSION_TTL_MS / 60_000; m += 20) {
      expect(await liveSession(db, tokenHash(token), minutes(t0, m)), `at ${m} min`).not.toBeNull();
    }
    expect(await liveSession(db, tokenHash(token), minutes(t0, SESSION_TTL_MS / 60_000))).toBeNull();
  });

  it('end when left unused longer than the idle timeout, and stay ended', async () => {
    const t0 = new Date('2026-11-22T09:00:00.000Z');
    const idle = SESSION_IDLE_MS / 60_000;
    const { token } = await openSession(db, 'user-2', client, t0);
    expect(await liveSession(db, tokenHash(token), minutes(t0, idle - 1))).not.toBeNull();
    expect(await liveSession(db, tokenHash(token), minutes(t0, 2 * idle - 2))).not.toBeNull();
    expect(await liveSession(db, tokenHash(token), minutes(t0, 3 * idle))).toBeNull();
    expect(await liveSession(db, tokenHash(token), minutes(t0, 3 * idle + 1))).toBeNull();
  });
});
