import { createTestDatabase, stackFromEnv } from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from './database.js';
import { createNamedLock } from './named-lock.js';

const mysqlUrl = stackFromEnv(process.env).mysqlUrl;
const dbs: Database[] = [];
const drops: Array<() => Promise<void>> = [];
let a: Database;
let b: Database;
beforeAll(async () => {
  for (const prefix of ['lock_a', 'lock_b']) {
    const database = await createTestDatabase(mysqlUrl, prefix);
    drops.push(database.drop);
    dbs.push(createDatabase({ url: database.url }));
  }
  [a, b] = dbs as [Database, Database];
});
afterAll(async () => {
  await Promise.all(dbs.map((db) => db.destroy()));
  await Promise.all(drops.map((drop) => drop()));
});

describe('Named lock', () => {
  it('is held by one holder per database: a second one waits and gets false, then takes it once released', async () => {
    const first = createNamedLock(a, 'outbox-relay');
    const second = createNamedLock(a, 'outbox-relay');
    expect(await first.acquire()).toBe(true);
    expect(await second.acquire()).toBe(false);
    await first.release();
    expect(await second.acquire()).toBe(true);
    await second.release();
  });

  it('does not reach across databases on one server: each database has its own lock of that name', async () => {
    const inA = createNamedLock(a, 'outbox-relay');
    const inB = createNamedLock(b, 'outbox-relay');
    expect(await inA.acquire()).toBe(true);
    expect(await inB.acquire()).toBe(true);
    await Promise.all([inA.release(), inB.release()]);
  });
});
