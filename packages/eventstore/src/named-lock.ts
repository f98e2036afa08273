import type { Database } from './database.js';

export interface NamedLock {
  /** True once held; waits up to a second for it otherwise. */
  acquire(): Promise<boolean>;
  release(): Promise<void>;
}

/**
 * A MySQL/MariaDB named lock (GET_LOCK) on one dedicated connection. If the holder dies, the server
 * drops its connection and the lock with it, so another instance takes over. Lock names are server-wide,
 * so the name is scoped to the connection's database: services (or tests) sharing a server never take
 * each other's locks.
 */
/** The lock's server-wide name: a digest of the database and the name (MySQL caps names at 64 characters). */
const SCOPED = "MD5(CONCAT(DATABASE(), ':', ?))";

export function createNamedLock(db: Database, name: string): NamedLock {
  // biome-ignore lint/suspicious/noExplicitAny: knex's pooled connection is untyped
  let connection: any;
  return {
    async acquire() {
      if (connection) return true;
      const candidate = await db.client.acquireConnection();
      try {
        const [rows] = await db
          .raw(`SELECT GET_LOCK(${SCOPED}, 1) AS acquired`, [name])
          .connection(candidate);
        if (Number(rows[0]?.acquired) === 1) {
          connection = candidate;
          return true;
        }
      } catch (error) {
        await db.client.releaseConnection(candidate);
        throw error;
      }
      await db.client.releaseConnection(candidate);
      return false;
    },
    async release() {
      if (!connection) return;
      const held = connection;
      connection = undefined;
      await db
        .raw(`SELECT RELEASE_LOCK(${SCOPED})`, [name])
        .connection(held)
        .catch(() => undefined);
      await db.client.releaseConnection(held).catch(() => undefined);
    },
  };
}
