import type {
  BrandCreated,
  CampaignDrafted,
  CampaignDraftUpdated,
  NumberAssigned,
} from '@longcode/contracts';
import type { BatchEventHandler, ConsumedEvent, Migration } from '@longcode/eventstore';
import type { Knex } from 'knex';

/**
 * What compliance knows of the platform, from other services' events: which account and campaign each of
 * our numbers texts for (numbers.number.v1), each campaign's replies and custom keywords
 * (registration.campaign.v1), and each brand's name (registration.brand.v1).
 */
export const directoryMigration: Migration = {
  name: '1500_compliance_directory',
  async up(db) {
    await db.schema.createTable('our_numbers', (t) => {
      t.string('phone_number', 16).primary();
      t.string('account_id', 64).notNullable();
      t.string('campaign_id', 64).nullable();
    });
    await db.schema.createTable('campaigns', (t) => {
      t.string('campaign_id', 64).primary();
      t.string('account_id', 64).notNullable();
      t.string('brand_id', 64).notNullable();
      t.text('help_message').nullable();
      t.text('opt_out_message').nullable();
      t.text('opt_in_message').nullable();
      t.json('keywords').notNullable();
    });
    await db.schema.createTable('brands', (t) => {
      t.string('brand_id', 64).primary();
      t.string('display_name', 255).notNullable();
    });
  },
  async down(db) {
    for (const table of ['brands', 'campaigns', 'our_numbers']) await db.schema.dropTableIfExists(table);
  },
};

/** Custom keywords beyond the standard STOP/START/HELP families (the standard ones are always honoured). */
const keywordsOf = (c: CampaignDrafted | CampaignDraftUpdated) =>
  JSON.stringify({ optOut: c.optOutKeywords, optIn: c.optInKeywords, help: c.helpKeywords });

async function apply(trx: Knex.Transaction, event: ConsumedEvent): Promise<void> {
  switch (event.type) {
    case 'longcode.numbers.NumberAssigned': {
      const { phoneNumber, campaignId } = event.data as NumberAssigned;
      await trx('our_numbers')
        .insert({ phone_number: phoneNumber, account_id: event.accountId, campaign_id: campaignId })
        .onConflict('phone_number')
        .merge();
      return;
    }
    case 'longcode.numbers.NumberUnassigned':
      await trx('our_numbers')
        .where({ phone_number: (event.data as { phoneNumber: string }).phoneNumber })
        .update({ campaign_id: null });
      return;
    case 'longcode.numbers.NumberReleased':
      await trx('our_numbers')
        .where({ phone_number: (event.data as { phoneNumber: string }).phoneNumber })
        .delete();
      return;
    case 'longcode.registration.CampaignDrafted': {
      const c = event.data as CampaignDrafted;
      await trx('campaigns')
        .insert({
          campaign_id: c.campaignId,
          account_id: c.accountId,
          brand_id: c.brandId,
          help_message: c.helpMessage,
          opt_out_message: c.optOutMessage,
          opt_in_message: c.optInMessage,
          keywords: keywordsOf(c),
        })
        .onConflict('campaign_id')
        .merge();
      return;
    }
    case 'longcode.registration.CampaignDraftUpdated': {
      const c = event.data as CampaignDraftUpdated;
      await trx('campaigns')
        .where({ campaign_id: c.campaignId })
        .update({
          help_message: c.helpMessage,
          opt_out_message: c.optOutMessage,
          opt_in_message: c.optInMessage,
          keywords: keywordsOf(c),
        });
      return;
    }
    case 'longcode.registration.BrandCreated': {
      const b = event.data as BrandCreated;
      await trx('brands')
        .insert({ brand_id: b.brandId, display_name: b.displayName })
        .onConflict('brand_id')
        .merge();
      return;
    }
    default:
      return;
  }
}

export const projectDirectory: BatchEventHandler = async (events, trx) => {
  for (const event of events) await apply(trx, event);
};

export interface NumberContext {
  accountId: string;
  campaign: {
    campaignId: string;
    brandId: string;
    brandName: string;
    helpMessage: string | null;
    optOutMessage: string | null;
    optInMessage: string | null;
    keywords: { optOut: string[]; optIn: string[]; help: string[] };
  } | null;
}

/** Who a number of ours texts for, or undefined when it is not ours. */
export async function contextOf(db: Knex, phoneNumber: string): Promise<NumberContext | undefined> {
  const number = await db('our_numbers').where({ phone_number: phoneNumber }).first();
  if (!number) return undefined;
  const row = number.campaign_id
    ? await db('campaigns as c')
        .leftJoin('brands as b', 'b.brand_id', 'c.brand_id')
        .where('c.campaign_id', number.campaign_id)
        .first('c.*', 'b.display_name')
    : undefined;
  return {
    accountId: number.account_id,
    campaign: row
      ? {
          campaignId: row.campaign_id,
          brandId: row.brand_id,
          brandName: row.display_name ?? 'We',
          helpMessage: row.help_message,
          optOutMessage: row.opt_out_message,
          optInMessage: row.opt_in_message,
          keywords: typeof row.keywords === 'string' ? JSON.parse(row.keywords) : row.keywords,
        }
      : null,
  };
}
