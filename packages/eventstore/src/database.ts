import knexFactory, { type Knex } from 'knex';

export type Database = Knex;

export interface DatabaseOptions {
  /** mysql://user:password@host:port/database */
  url: string;
  /** A Unix socket to the same server, used instead of the URL's host and port. */
  socketPath?: string;
  poolMax?: number;
}

/** A knex pool on MySQL 8 or MariaDB 10.11 (mysql2 driver), utf8mb4, UTC. */
export function createDatabase({ url, socketPath, poolMax = 10 }: DatabaseOptions): Database {
  return knexFactory({
    client: 'mysql2',
    connection: {
      uri: url,
      charset: 'utf8mb4',
      timezone: 'Z',
      supportBigNumbers: true,
      dateStrings: false,
      ...(socketPath ? { socketPath } : {}),
    } as never,
    pool: { min: 0, max: poolMax },
  });
}

/** Creates the URL's database if it does not exist (each service owns one). */
export async function ensureDatabase(url: string, socketPath?: string): Promise<void> {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`database name "${name}" must be letters, digits and _`);
  parsed.pathname = '/';
  const server = createDatabase({
    url: parsed.toString(),
    poolMax: 1,
    ...(socketPath ? { socketPath } : {}),
  });
  try {
    await server.raw(
      `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await server.destroy();
  }
}

/**
 * Deletes what `rows()` selects, `batch` rows a statement (each a short lock, however much has piled up),
 * until fewer than `batch` are left; how many. `rows` builds the query again for each statement.
 */
export async function deleteInBatches(rows: () => Knex.QueryBuilder, batch = 1_000): Promise<number> {
  let deleted = 0;
  for (;;) {
    const now: number = await rows().limit(batch).delete();
    deleted += now;
    if (now < batch) return deleted;
  }
}
