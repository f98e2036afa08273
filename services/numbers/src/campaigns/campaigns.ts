import type { CampaignApproved, CampaignDrafted } from '@longcode/contracts';
import type { BatchEventHandler, ConsumedEvent, Migration } from '@longcode/eventstore';
import type { Knex } from 'knex';
import type { CampaignFacts } from '../number/decide.js';

/**
 * What the numbers service knows of campaigns: a projection of registration.campaign.v1 into its own
 * database (it never asks registration). Enough to decide an assignment: owner, brand, status, the
 * registry's id, and whether the brand is a sole proprietor (whose campaigns are the SOLE_PROPRIETOR use
 * case, and only theirs).
 */
export const campaignsMigration: Migration = {
  name: '1201_numbers_campaigns',
  async up(db) {
    await db.schema.createTable('campaigns', (t) => {
      t.string('campaign_id', 64).primary();
      t.string('account_id', 64).notNullable();
      t.string('brand_id', 64).notNullable();
      t.string('status', 16).notNullable();
      t.string('registry_campaign_id', 64).nullable();
      t.boolean('sole_proprietor').notNullable();
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('campaigns');
  },
};

const statusByEvent: Record<string, CampaignFacts['status']> = {
  'longcode.registration.CampaignSubmitted': 'SUBMITTED',
  'longcode.registration.CampaignRejected': 'REJECTED',
  'longcode.registration.CampaignSuspended': 'SUSPENDED',
  'longcode.registration.CampaignExpired': 'EXPIRED',
};

async function apply(trx: Knex.Transaction, event: ConsumedEvent): Promise<void> {
  const { campaignId } = event.data as { campaignId: string };
  if (event.type === 'longcode.registration.CampaignDrafted') {
    const data = event.data as CampaignDrafted;
    await trx('campaigns')
      .insert({
        campaign_id: campaignId,
        account_id: data.accountId,
        brand_id: data.brandId,
        status: 'DRAFT',
        sole_proprietor: data.useCase === 'SOLE_PROPRIETOR',
      })
      .onConflict('campaign_id')
      .ignore();
    return;
  }
  if (event.type === 'longcode.registration.CampaignApproved') {
    const data = event.data as CampaignApproved;
    await trx('campaigns')
      .where({ campaign_id: campaignId })
      .update({ status: 'APPROVED', registry_campaign_id: data.registryCampaignId });
    return;
  }
  const status = statusByEvent[event.type];
  if (status) await trx('campaigns').where({ campaign_id: campaignId }).update({ status });
}

/** Applies a batch in order (a campaign's events share a partition, so they arrive in order). */
export const projectCampaigns: BatchEventHandler = async (events, trx) => {
  for (const event of events) await apply(trx, event);
};

export async function campaignFacts(db: Knex, campaignId: string): Promise<CampaignFacts | undefined> {
  const row = await db('campaigns').where({ campaign_id: campaignId }).first();
  if (!row) return undefined;
  return {
    campaignId: row.campaign_id,
    accountId: row.account_id,
    brandId: row.brand_id,
    status: row.status,
    registryCampaignId: row.registry_campaign_id,
    soleProprietor: Boolean(row.sole_proprietor),
  };
}
