import type { Knex } from 'knex';
import type { Database } from './database.js';

export interface Migration {
  name: string;
  up(db: Knex): Promise<void>;
  down(db: Knex): Promise<void>;
}

/**
 * The event store's own tables. They work on MySQL 8 and MariaDB 10.11 alike: no functional
 * indexes, no utf8mb4_0900 collations, keys short enough for utf8mb4 (191 characters).
 */
export const eventStoreMigrations: Migration[] = [
  {
    name: '0000_event_store',
    async up(db) {
      await db.schema.createTable('events', (t) => {
        t.bigIncrements('position').primary();
        t.string('stream_id', 191).notNullable();
        t.integer('version').unsigned().notNullable();
        t.specificType('event_id', 'char(36)').notNullable().unique();
        t.string('type', 191).notNullable();
        t.json('data').notNullable();
        t.string('account_id', 64).notNullable();
        t.specificType('correlation_id', 'char(36)').notNullable();
        t.specificType('causation_id', 'char(36)').nullable();
        t.string('traceparent', 64).nullable();
        t.string('tracestate', 512).nullable();
        t.specificType('occurred_at', 'datetime(3)').notNullable();
        t.unique(['stream_id', 'version'], { indexName: 'uq_events_stream_version' });
      });
      await db.schema.createTable('outbox', (t) => {
        t.bigIncrements('id').primary();
        t.specificType('event_id', 'char(36)').notNullable();
        t.string('topic', 191).notNullable();
        t.string('message_key', 191).notNullable();
        t.string('type', 191).notNullable();
        t.json('payload').notNullable();
        t.json('headers').notNullable();
      });
      await db.schema.createTable('inbox', (t) => {
        t.string('consumer', 191).notNullable();
        t.specificType('event_id', 'char(36)').notNullable();
        t.specificType('processed_at', 'datetime(3)').notNullable();
        t.primary(['consumer', 'event_id']);
      });
    },
    async down(db) {
      await db.schema.dropTableIfExists('inbox');
      await db.schema.dropTableIfExists('outbox');
      await db.schema.dropTableIfExists('events');
    },
  },
];

class ListMigrationSource implements Knex.MigrationSource<Migration> {
  constructor(private readonly migrations: Migration[]) {}
  async getMigrations() {
    return this.migrations;
  }
  getMigrationName(migration: Migration) {
    return migration.name;
  }
  async getMigration(migration: Migration) {
    return migration;
  }
}

/** Runs the event store's migrations and then the service's own, in name order. */
export async function migrate(db: Database, serviceMigrations: Migration[] = []): Promise<void> {
  const all = [...eventStoreMigrations, ...serviceMigrations].sort((a, b) => a.name.localeCompare(b.name));
  await db.migrate.latest({ migrationSource: new ListMigrationSource(all), tableName: 'knex_migrations' });
}

/** A migration that adds indexes (and drops them going down): `[table, columns, index name]` each. */
export function indexMigration(
  name: string,
  indexes: ReadonlyArray<readonly [table: string, columns: string[], indexName: string]>,
): Migration {
  return {
    name,
    async up(db) {
      for (const [table, columns, indexName] of indexes) {
        await db.schema.alterTable(table, (t) => {
          t.index(columns, indexName);
        });
      }
    },
    async down(db) {
      for (const [table, columns, indexName] of [...indexes].reverse()) {
        await db.schema.alterTable(table, (t) => {
          t.dropIndex(columns, indexName);
        });
      }
    },
  };
}
