import type { NumberAssigned } from '@longcode/contracts';
import type { ConsumedEvent, Migration } from '@longcode/eventstore';
import type { Knex } from 'knex';

/**
 * The senders of "what may send": numbers the carriers linked to a campaign (NumberAssigned), until they
 * leave it or are released; a suspended number stays listed but may not send. Kept apart from the
 * campaigns so the two topics can arrive in any order: a sender counts only while its campaign may send.
 */
export const sendableSendersMigration: Migration = {
  name: '1101_sendable_senders',
  async up(db) {
    await db.schema.createTable('sendable_senders', (t) => {
      t.string('phone_number', 16).primary();
      t.string('campaign_id', 64).notNullable();
      t.string('account_id', 64).notNullable();
      t.string('area_code', 3).notNullable();
      t.string('region', 2).nullable();
      t.boolean('suspended').notNullable().defaultTo(false);
      t.index(['campaign_id'], 'ix_sendable_senders_campaign');
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('sendable_senders');
  },
};

const phoneOf = (event: ConsumedEvent) => (event.data as { phoneNumber: string }).phoneNumber;

/** Applies a numbers event; other events are not about senders. */
export async function applySenderEvent(trx: Knex.Transaction, event: ConsumedEvent): Promise<void> {
  switch (event.type) {
    case 'longcode.numbers.NumberAssigned': {
      const data = event.data as NumberAssigned;
      await trx('sendable_senders')
        .insert({
          phone_number: data.phoneNumber,
          campaign_id: data.campaignId,
          account_id: event.accountId,
          area_code: data.areaCode,
          region: data.region,
          suspended: false,
        })
        .onConflict('phone_number')
        .merge(['campaign_id', 'account_id', 'area_code', 'region']);
      return;
    }
    case 'longcode.numbers.NumberUnassigned':
    case 'longcode.numbers.NumberReleased':
      await trx('sendable_senders')
        .where({ phone_number: phoneOf(event) })
        .delete();
      return;
    case 'longcode.numbers.NumberSuspended':
    case 'longcode.numbers.NumberReinstated':
      await trx('sendable_senders')
        .where({ phone_number: phoneOf(event) })
        .update({ suspended: event.type === 'longcode.numbers.NumberSuspended' });
      return;
    default:
      return;
  }
}

export interface SendableSender {
  phoneNumber: string;
  campaignId: string;
  areaCode: string;
  region: string | null;
}

// biome-ignore lint/suspicious/noExplicitAny: a database row
const toSender = (row: any): SendableSender => ({
  phoneNumber: row.phone_number,
  campaignId: row.campaign_id,
  areaCode: row.area_code,
  region: row.region,
});

const mayUse = (db: Knex) =>
  db('sendable_senders as s')
    .join('sendable_campaigns as c', 'c.campaign_id', 's.campaign_id')
    .where('s.suspended', false)
    .select('s.*');

/** The campaign's sender pool now: its numbers that may send, if the campaign may. */
export async function sendableSenders(db: Knex, campaignId: string): Promise<SendableSender[]> {
  return (await mayUse(db).andWhere('s.campaign_id', campaignId).orderBy('s.phone_number')).map(toSender);
}

/** The number with the campaign it may send for now; undefined if it may not send at all. */
export async function sendableSender(db: Knex, phoneNumber: string): Promise<SendableSender | undefined> {
  const row = await mayUse(db).andWhere('s.phone_number', phoneNumber).first();
  return row ? toSender(row) : undefined;
}

/** The sender pools of several campaigns at once (only numbers that may send, of campaigns that may). */
export async function sendableSendersOf(db: Knex, campaignIds: readonly string[]): Promise<SendableSender[]> {
  if (campaignIds.length === 0) return [];
  return (await mayUse(db).whereIn('s.campaign_id', campaignIds).orderBy('s.phone_number')).map(toSender);
}

/** Several numbers at once, each with the campaign it may send for now (numbers that may not are left out). */
export async function sendableSendersByNumber(
  db: Knex,
  phoneNumbers: readonly string[],
): Promise<SendableSender[]> {
  if (phoneNumbers.length === 0) return [];
  return (await mayUse(db).whereIn('s.phone_number', phoneNumbers)).map(toSender);
}
