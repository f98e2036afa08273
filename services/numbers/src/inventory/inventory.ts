import { isDuplicateKeyError, type Migration } from '@longcode/eventstore';
import { ConflictError } from '@longcode/kit';
import type { Knex } from 'knex';
import { type ExistingNumber, type NumberStatus, statusOf } from '../number/number.js';

/**
 * The inventory: each number's current state as a row, written in the transaction of the events that
 * changed it (so listings read their own writes), rebuildable from the event store. Also the
 * sole-proprietor slots: a sole proprietor's brand may have one number, held under a unique key from
 * the assignment request until the number leaves the campaign.
 */
export const inventoryMigration: Migration = {
  name: '1200_numbers_inventory',
  async up(db) {
    await db.schema.createTable('numbers', (t) => {
      t.string('phone_number', 16).primary();
      t.string('account_id', 64).notNullable();
      t.string('status', 16).notNullable();
      t.string('area_code', 3).notNullable();
      t.string('region', 2).nullable();
      t.string('locality', 128).nullable();
      t.string('rate_center', 64).nullable();
      t.json('features').notNullable();
      t.string('monthly_cost', 16).nullable();
      t.string('upfront_cost', 16).nullable();
      t.string('currency', 3).nullable();
      t.string('provider', 32).notNullable();
      t.string('order_id', 64).notNullable();
      t.string('provider_order_id', 128).nullable();
      t.string('provider_number_id', 128).nullable();
      t.string('campaign_id', 64).nullable();
      t.string('brand_id', 64).nullable();
      t.string('registry_campaign_id', 64).nullable();
      t.string('assignment_status', 16).nullable();
      t.json('last_assignment_failure').nullable();
      t.string('suspension_reason', 512).nullable();
      t.string('release_reason', 512).nullable();
      t.specificType('reserved_at', 'datetime(3)').notNullable();
      t.specificType('activated_at', 'datetime(3)').nullable();
      t.specificType('updated_at', 'datetime(3)').notNullable();
      t.index(['account_id', 'status'], 'ix_numbers_account_status');
      t.index(['campaign_id'], 'ix_numbers_campaign');
      t.index(['status', 'updated_at'], 'ix_numbers_status');
    });
    await db.schema.createTable('sole_proprietor_number_slots', (t) => {
      t.string('brand_id', 64).primary();
      t.string('phone_number', 16).notNullable().unique();
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('sole_proprietor_number_slots');
    await db.schema.dropTableIfExists('numbers');
  },
};

export async function saveNumber(trx: Knex.Transaction, number: ExistingNumber, at: Date): Promise<void> {
  const { assignment } = number;
  const row = {
    phone_number: number.phoneNumber,
    account_id: number.accountId,
    status: statusOf(number),
    area_code: number.areaCode,
    region: number.region,
    locality: number.locality,
    rate_center: number.rateCenter,
    features: JSON.stringify(number.features),
    monthly_cost: number.monthlyCost?.amount ?? null,
    upfront_cost: number.upfrontCost?.amount ?? null,
    currency: number.monthlyCost?.currency ?? null,
    provider: number.provider,
    order_id: number.orderId,
    provider_order_id: number.providerOrderId,
    provider_number_id: number.providerNumberId,
    campaign_id: assignment?.campaignId ?? null,
    brand_id: assignment?.brandId ?? null,
    registry_campaign_id: assignment?.registryCampaignId ?? null,
    assignment_status: assignment?.status ?? null,
    last_assignment_failure: number.lastAssignmentFailure
      ? JSON.stringify(number.lastAssignmentFailure)
      : null,
    suspension_reason: number.suspension?.reason ?? null,
    release_reason: number.releaseReason,
    reserved_at: number.reservedAt,
    activated_at: number.activatedAt,
    updated_at: at,
  };
  await trx('numbers').insert(row).onConflict('phone_number').merge();
  if (!assignment)
    await trx('sole_proprietor_number_slots').where({ phone_number: number.phoneNumber }).delete();
}

/** Takes the brand's one number slot for this number, or refuses: a sole proprietor gets one number. */
export async function takeSoleProprietorSlot(trx: Knex.Transaction, brandId: string, phoneNumber: string) {
  const held = await trx('sole_proprietor_number_slots').where({ brand_id: brandId }).first();
  if (held?.phone_number === phoneNumber) return;
  try {
    await trx('sole_proprietor_number_slots').insert({ brand_id: brandId, phone_number: phoneNumber });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    throw new ConflictError(
      'SOLE_PROPRIETOR_NUMBER_LIMIT',
      `Brand ${brandId} is a sole proprietor: it may have one number, and already has one`,
    );
  }
}

export interface InventoryRow {
  phoneNumber: string;
  accountId: string;
  status: NumberStatus;
  areaCode: string;
  region: string | null;
  campaignId: string | null;
  assignmentStatus: 'PENDING' | 'ASSIGNED' | null;
  orderId: string;
  providerOrderId: string | null;
  updatedAt: Date;
}

// biome-ignore lint/suspicious/noExplicitAny: a database row
const toRow = (row: any): InventoryRow => ({
  phoneNumber: row.phone_number,
  accountId: row.account_id,
  status: row.status,
  areaCode: row.area_code,
  region: row.region,
  campaignId: row.campaign_id,
  assignmentStatus: row.assignment_status,
  orderId: row.order_id,
  providerOrderId: row.provider_order_id,
  updatedAt: row.updated_at,
});

export interface NumberFilter {
  accountId: string;
  status?: NumberStatus | undefined;
  campaignId?: string | undefined;
  areaCode?: string | undefined;
  limit: number;
  /** Numbers after this one (E.164 order), for the next page. */
  after?: string | undefined;
}

export async function listNumbers(db: Knex, filter: NumberFilter): Promise<InventoryRow[]> {
  const query = db('numbers').where({ account_id: filter.accountId });
  if (filter.status) query.andWhere({ status: filter.status });
  else query.andWhereNot({ status: 'RELEASED' });
  if (filter.campaignId) query.andWhere({ campaign_id: filter.campaignId });
  if (filter.areaCode) query.andWhere({ area_code: filter.areaCode });
  if (filter.after) query.andWhere('phone_number', '>', filter.after);
  return (await query.orderBy('phone_number').limit(filter.limit)).map(toRow);
}

/** The authorisation of a port-in, kept (outside the event log: it holds an account number and PIN) only until it is submitted. */
export const portInAuthorisationMigration: Migration = {
  name: '1202_port_in_authorisations',
  async up(db) {
    await db.schema.createTable('port_in_authorisations', (t) => {
      t.string('order_id', 64).primary();
      t.json('authorisation').notNullable();
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('port_in_authorisations');
  },
};

/** The numbers of a campaign (pending or assigned). */
export async function numbersOfCampaign(db: Knex, campaignId: string): Promise<InventoryRow[]> {
  return (await db('numbers').where({ campaign_id: campaignId }).orderBy('phone_number')).map(toRow);
}

/** What waits on the provider: orders placed but not completed, assignments not yet provisioned. */
export async function awaitingProvider(db: Knex, olderThan: Date, limit: number) {
  const orders = await db('numbers')
    .whereIn('status', ['RESERVED', 'PORTING'])
    .whereNotNull('provider_order_id')
    .andWhere('updated_at', '<', olderThan)
    .orderBy('updated_at')
    .limit(limit);
  const assignments = await db('numbers')
    .where({ assignment_status: 'PENDING' })
    .andWhere('updated_at', '<', olderThan)
    .orderBy('updated_at')
    .limit(limit);
  return { orders: orders.map(toRow), assignments: assignments.map(toRow) };
}
