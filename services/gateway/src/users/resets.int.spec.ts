import { createDatabase, type Database, migrate } from '@longcode/eventstore';
import { createTestDatabase, stackFromEnv } from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayMigrations } from '../migrations.js';
import { issueReset, MAX_LIVE_RESETS } from './resets.js';
import { insertUser } from './store.js';

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  const database = await createTestDatabase(stackFromEnv(process.env).mysqlUrl, 'gw_resets');
  drop = database.drop;
  db = createDatabase({ url: database.url });
  await migrate(db, gatewayMigrations);
});
afterAll(async () => {
  await db?.destroy();
  await drop?.();
});

describe('Password resets', () => {
  it(`issues at most ${MAX_LIVE_RESETS} live links to a user, even to requests that arrive together`, async () => {
    const now = new Date();
    const user = await insertUser(
      db,
      'acct-resets',
      { email: 'rushed@acme.example', firstName: 'Ada', lastName: 'Byron', role: 'user' },
      'not-a-real-hash',
      now,
    );
    if (!user) throw new Error('no user');
    const tokens = await Promise.all(Array.from({ length: 10 }, () => issueReset(db, user.id, now)));
    expect(tokens.filter((token) => token !== null)).toHaveLength(MAX_LIVE_RESETS);
    expect(await issueReset(db, user.id, now)).toBeNull();
  });
});
