import type { CampaignApproved, CampaignThroughput } from '@longcode/contracts';
import type { BatchEventHandler, ConsumedEvent, Migration } from '@longcode/eventstore';
import type { Knex } from 'knex';
import { applySenderEvent } from './senders.js';

/**
 * "What may send": the campaigns carriers have approved and not suspended or expired, with the throughput
 * each carrier allows. A projection of registration.campaign.v1 that any service runs in its own database
 * (dispatch checks it at accept time instead of calling registration), with the numbers assigned to each
 * campaign (senders.ts).
 */
export const sendableMigration: Migration = {
  name: '1100_sendable_campaigns',
  async up(db) {
    await db.schema.createTable('sendable_campaigns', (t) => {
      t.string('campaign_id', 64).primary();
      t.string('brand_id', 64).notNullable();
      t.string('account_id', 64).notNullable();
      t.string('registry_campaign_id', 64).notNullable();
      t.json('throughput').notNullable();
      t.specificType('approved_at', 'datetime(3)').notNullable();
      t.index(['brand_id'], 'ix_sendable_campaigns_brand');
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('sendable_campaigns');
  },
};

/** Campaigns carry their use case (dispatch's priorities and quiet hours depend on it). */
export const sendableUseCaseMigration: Migration = {
  name: '1102_sendable_campaigns_use_case',
  async up(db) {
    await db.schema.alterTable('sendable_campaigns', (t) => {
      t.string('use_case', 64).nullable();
    });
  },
  async down(db) {
    await db.schema.alterTable('sendable_campaigns', (t) => {
      t.dropColumn('use_case');
    });
  },
};

const campaignIdOf = (event: ConsumedEvent) => (event.data as { campaignId: string }).campaignId;

async function apply(trx: Knex.Transaction, event: ConsumedEvent): Promise<void> {
  switch (event.type) {
    case 'longcode.registration.CampaignApproved': {
      const data = event.data as CampaignApproved;
      await trx('sendable_campaigns')
        .insert({
          campaign_id: data.campaignId,
          brand_id: data.brandId,
          account_id: event.accountId,
          registry_campaign_id: data.registryCampaignId,
          throughput: JSON.stringify(data.throughput),
          use_case: data.useCase ?? null,
          approved_at: event.occurredAt,
        })
        .onConflict('campaign_id')
        .merge();
      return;
    }
    case 'longcode.registration.CampaignSuspended':
    case 'longcode.registration.CampaignExpired':
      await trx('sendable_campaigns')
        .where({ campaign_id: campaignIdOf(event) })
        .delete();
      return;
    default:
      return; // drafts, rejections and forwarding do not change what may send
  }
}

/**
 * Applies a batch of registration.campaign.v1 and numbers.number.v1 events in order (a campaign's or a
 * number's events arrive in order: one partition per stream).
 */
export const projectSendable: BatchEventHandler = async (events, trx) => {
  for (const event of events) {
    if (event.type.startsWith('longcode.numbers.')) await applySenderEvent(trx, event);
    else await apply(trx, event);
  }
};

export interface SendableCampaign {
  campaignId: string;
  brandId: string;
  accountId: string;
  registryCampaignId: string;
  /** Null for campaigns approved before approvals carried it. */
  useCase: string | null;
  throughput: CampaignThroughput;
}

// biome-ignore lint/suspicious/noExplicitAny: a database row
const toSendable = (row: any): SendableCampaign => ({
  campaignId: row.campaign_id,
  brandId: row.brand_id,
  accountId: row.account_id,
  registryCampaignId: row.registry_campaign_id,
  useCase: row.use_case ?? null,
  throughput: typeof row.throughput === 'string' ? JSON.parse(row.throughput) : row.throughput,
});

/** The campaign if it may send now; undefined if it may not (unknown, not approved, suspended, expired). */
export async function sendableCampaign(db: Knex, campaignId: string): Promise<SendableCampaign | undefined> {
  const row = await db('sendable_campaigns').where({ campaign_id: campaignId }).first();
  return row ? toSendable(row) : undefined;
}

/** Every campaign of a brand that may send (T-Mobile's daily cap is shared by them). */
export async function sendableCampaignsOfBrand(db: Knex, brandId: string): Promise<SendableCampaign[]> {
  return (await db('sendable_campaigns').where({ brand_id: brandId }).orderBy('campaign_id')).map(toSendable);
}

/** Several campaigns at once: those of `ids` that may send now. */
export async function sendableCampaignsById(db: Knex, ids: readonly string[]): Promise<SendableCampaign[]> {
  if (ids.length === 0) return [];
  return (await db('sendable_campaigns').whereIn('campaign_id', ids)).map(toSendable);
}
