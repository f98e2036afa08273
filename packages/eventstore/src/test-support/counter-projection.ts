import type { Database } from '../database.js';
import type { EventHandler } from '../inbox.js';
import type { Migration } from '../migrations.js';
import type { CounterIncremented } from './counter.avsc.js';

/** A read model for the tests: how many increments each counter received, and their sum. */
export const counterProjectionMigration: Migration = {
  name: '1000_counter_projection',
  async up(db) {
    await db.schema.createTable('counter_projection', (t) => {
      t.string('counter_id', 191).primary();
      t.integer('events_applied').notNullable();
      t.integer('total').notNullable();
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('counter_projection');
  },
};

export const projectCounter: EventHandler = async (event, trx) => {
  const data = event.data as CounterIncremented;
  if (data.by < 0) throw new Error(`a counter cannot go down (by ${data.by})`);
  await trx.raw(
    `INSERT INTO counter_projection (counter_id, events_applied, total) VALUES (?, 1, ?)
     ON DUPLICATE KEY UPDATE events_applied = events_applied + 1, total = total + VALUES(total)`,
    [data.counterId, data.by],
  );
};

export async function readCounters(db: Database): Promise<Map<string, { events: number; total: number }>> {
  const rows = await db('counter_projection').select('*');
  return new Map(rows.map((r) => [r.counter_id, { events: r.events_applied, total: r.total }]));
}

export async function countersTotal(db: Database): Promise<{ events: number; total: number }> {
  const row = await db('counter_projection').sum({ events: 'events_applied', total: 'total' }).first();
  return { events: Number(row?.events ?? 0), total: Number(row?.total ?? 0) };
}
