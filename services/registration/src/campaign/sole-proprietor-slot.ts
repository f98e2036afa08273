import { type Database, isDuplicateKeyError, type Migration } from '@longcode/eventstore';
import { ConflictError } from '@longcode/kit';
import type { Knex } from 'knex';

/**
 * A sole-proprietor brand may have one live campaign. The slot is taken in the same transaction as the
 * CampaignDrafted append, under a unique key, so two simultaneous drafts cannot both pass; it is freed in
 * the transaction that records the campaign's expiry, so the brand may register its next one.
 */
export const soleProprietorSlotMigration: Migration = {
  name: '1001_sole_proprietor_campaign_slots',
  async up(db) {
    await db.schema.createTable('sole_proprietor_campaign_slots', (t) => {
      t.string('brand_id', 64).primary();
      t.string('campaign_id', 64).notNullable();
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('sole_proprietor_campaign_slots');
  },
};

/** How many live campaigns hold the brand's slot: 0 or 1. */
export async function slotTaken(db: Database, brandId: string): Promise<number> {
  return (await db('sole_proprietor_campaign_slots').where({ brand_id: brandId }).first()) ? 1 : 0;
}

export async function takeSlot(trx: Knex.Transaction, brandId: string, campaignId: string): Promise<void> {
  try {
    await trx('sole_proprietor_campaign_slots').insert({ brand_id: brandId, campaign_id: campaignId });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    throw new ConflictError(
      'CAMPAIGN_LIMIT_REACHED',
      `Sole-proprietor brand ${brandId} already has a campaign`,
    );
  }
}

/** Frees the brand's slot if this campaign holds it. */
export async function freeSlot(trx: Knex.Transaction, brandId: string, campaignId: string): Promise<void> {
  await trx('sole_proprietor_campaign_slots').where({ brand_id: brandId, campaign_id: campaignId }).delete();
}
