import type { Database, Migration } from '@longcode/eventstore';
import type { Knex } from 'knex';

/** Which of our brands a provider's brand id stands for (webhooks name the provider's id). */
export const providerIdsMigration: Migration = {
  name: '1000_brand_provider_ids',
  async up(db) {
    await db.schema.createTable('brand_provider_ids', (t) => {
      t.string('provider', 32).notNullable();
      t.string('provider_brand_id', 128).notNullable();
      t.string('brand_id', 64).notNullable();
      t.primary(['provider', 'provider_brand_id']);
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('brand_provider_ids');
  },
};

export async function rememberProviderId(
  trx: Knex.Transaction,
  row: { provider: string; providerBrandId: string; brandId: string },
): Promise<void> {
  await trx('brand_provider_ids')
    .insert({ provider: row.provider, provider_brand_id: row.providerBrandId, brand_id: row.brandId })
    .onConflict(['provider', 'provider_brand_id'])
    .ignore();
}

export async function brandIdFor(
  db: Database,
  provider: string,
  providerBrandId: string,
): Promise<string | undefined> {
  const row = await db('brand_provider_ids').where({ provider, provider_brand_id: providerBrandId }).first();
  return row?.brand_id;
}
