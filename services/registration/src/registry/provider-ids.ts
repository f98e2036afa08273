import type { Database, Migration } from '@longcode/eventstore';
import type { Knex } from 'knex';

/** Which of our brands and campaigns a provider's id stands for (webhooks name the provider's ids). */
export type RegisteredKind = 'brand' | 'campaign';

const tables: Record<RegisteredKind, { table: string; providerId: string; ourId: string }> = {
  brand: { table: 'brand_provider_ids', providerId: 'provider_brand_id', ourId: 'brand_id' },
  campaign: { table: 'campaign_provider_ids', providerId: 'provider_campaign_id', ourId: 'campaign_id' },
};

const migrationFor = (name: string, kind: RegisteredKind): Migration => {
  const { table, providerId, ourId } = tables[kind];
  return {
    name,
    async up(db) {
      await db.schema.createTable(table, (t) => {
        t.string('provider', 32).notNullable();
        t.string(providerId, 128).notNullable();
        t.string(ourId, 64).notNullable();
        t.primary(['provider', providerId]);
      });
    },
    async down(db) {
      await db.schema.dropTableIfExists(table);
    },
  };
};

export const providerIdsMigrations: Migration[] = [
  migrationFor('1000_brand_provider_ids', 'brand'),
  migrationFor('1002_campaign_provider_ids', 'campaign'),
];

export async function rememberProviderId(
  trx: Knex.Transaction,
  kind: RegisteredKind,
  row: { provider: string; providerId: string; ourId: string },
): Promise<void> {
  const { table, providerId, ourId } = tables[kind];
  await trx(table)
    .insert({ provider: row.provider, [providerId]: row.providerId, [ourId]: row.ourId })
    .onConflict(['provider', providerId])
    .ignore();
}

export async function ourIdFor(
  db: Database,
  kind: RegisteredKind,
  provider: string,
  id: string,
): Promise<string | undefined> {
  const { table, providerId, ourId } = tables[kind];
  const row = await db(table)
    .where({ provider, [providerId]: id })
    .first();
  return row?.[ourId];
}
