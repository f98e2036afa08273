import type { Migration } from '@longcode/eventstore';
import type { Carrier, LineType } from '@longcode/providers';
import type { Knex } from 'knex';

/**
 * Which carrier serves each recipient, as a lookup last said: dispatch's cache of the lookup vendor's
 * answers (numbers port between carriers, so an answer is asked again after a while). `unknown` records a
 * number the vendor refused to look up, so it is not asked again at every pass.
 */
export const recipientCarriersMigration: Migration = {
  name: '1304_dispatch_recipient_carriers',
  async up(db) {
    await db.schema.createTable('recipient_carriers', (t) => {
      t.string('phone_number', 16).primary();
      t.string('carrier', 16).notNullable();
      t.string('line_type', 16).nullable();
      t.string('carrier_name', 128).nullable();
      t.specificType('looked_up_at', 'datetime(3)').notNullable();
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('recipient_carriers');
  },
};

export interface CarrierRow {
  phoneNumber: string;
  carrier: Carrier | 'unknown';
  lineType: LineType | null;
  carrierName: string | null;
  lookedUpAt: Date;
}

export async function readCarriers(db: Knex, numbers: readonly string[]): Promise<Map<string, CarrierRow>> {
  if (numbers.length === 0) return new Map();
  const rows: Array<Record<string, unknown>> = await db('recipient_carriers')
    .whereIn('phone_number', [...new Set(numbers)])
    .select('phone_number', 'carrier', 'line_type', 'carrier_name', 'looked_up_at');
  return new Map(
    rows.map((row) => [
      String(row.phone_number),
      {
        phoneNumber: String(row.phone_number),
        carrier: row.carrier as CarrierRow['carrier'],
        lineType: (row.line_type as LineType | null) ?? null,
        carrierName: (row.carrier_name as string | null) ?? null,
        lookedUpAt: new Date(row.looked_up_at as string | Date),
      },
    ]),
  );
}

/** Keeps what lookups said (one statement; the newest answer wins). */
export async function saveCarriers(db: Knex, rows: readonly CarrierRow[]): Promise<void> {
  if (rows.length === 0) return;
  const sorted = [...rows].sort((a, b) => a.phoneNumber.localeCompare(b.phoneNumber));
  await db('recipient_carriers')
    .insert(
      sorted.map((r) => ({
        phone_number: r.phoneNumber,
        carrier: r.carrier,
        line_type: r.lineType,
        carrier_name: r.carrierName?.slice(0, 128) ?? null,
        looked_up_at: r.lookedUpAt,
      })),
    )
    .onConflict('phone_number')
    .merge();
}
