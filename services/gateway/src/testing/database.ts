import { createDatabase, type Database, migrate } from '@longcode/eventstore';
import { createTestDatabase, stackFromEnv } from '@longcode/testing';
import { afterAll, beforeAll } from 'vitest';
import { gatewayMigrations } from '../migrations.js';

/**
 * A gateway database of the spec's own on the test server, migrated before its tests and dropped after
 * them. Call at the top of a spec; the returned function gives the database inside its tests.
 */
export function gatewayDatabase(label: string): () => Database {
  let db: Database | undefined;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const database = await createTestDatabase(stackFromEnv(process.env).mysqlUrl, label);
    drop = database.drop;
    db = createDatabase({ url: database.url });
    await migrate(db, gatewayMigrations);
  });
  afterAll(async () => {
    await db?.destroy();
    await drop?.();
  });
  return () => {
    if (!db) throw new Error('the gateway database is there only while the spec runs');
    return db;
  };
}
