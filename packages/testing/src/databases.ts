import { randomBytes } from 'node:crypto';
import knexFactory from 'knex';

/** A fresh, uniquely named database on the test MySQL server; drop() removes it. */
export async function createTestDatabase(
  mysqlUrl: string,
  label: string,
): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `longcode_t_${label.replace(/[^a-z0-9]/gi, '_').slice(0, 20)}_${randomBytes(4).toString('hex')}`;
  const server = knexFactory({ client: 'mysql2', connection: mysqlUrl, pool: { min: 0, max: 1 } });
  await server.raw(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = new URL(mysqlUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      await server.raw(`DROP DATABASE IF EXISTS \`${name}\``);
      await server.destroy();
    },
  };
}

/** A unique suffix for topic and group names, so tests never share Kafka state. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}
