import type { ConsentGranted, ConsentRevoked } from '@longcode/contracts';
import type { Migration } from '@longcode/eventstore';
import type { Knex } from 'knex';

/** A consent event as the projection needs it: recorded now, or read back from the events table. */
interface ConsentFact {
  eventId: string;
  type: string;
  data: unknown;
  accountId: string;
  occurredAt: Date;
}

const REVOKED = 'longcode.compliance.ConsentRevoked';
const GRANTED = 'longcode.compliance.ConsentGranted';

const keyOf = (accountId: string, data: ConsentRevoked | ConsentGranted) => ({
  account_id: accountId,
  phone_number: data.phoneNumber,
  scope: data.scope,
  scope_id: (data.scope === 'CAMPAIGN' ? data.campaignId : data.scope === 'BRAND' ? data.brandId : '') ?? '',
});

async function apply(db: Knex, fact: ConsentFact): Promise<void> {
  if (fact.type === REVOKED) {
    const data = fact.data as ConsentRevoked;
    await db('opt_outs')
      .insert({
        id: fact.eventId,
        ...keyOf(fact.accountId, data),
        campaign_id: data.campaignId,
        brand_id: data.brandId,
        how: data.how,
        keyword: data.keyword?.slice(0, 191) ?? null,
        since: fact.occurredAt,
        expires_at: data.expiresAt === null ? null : new Date(data.expiresAt),
      })
      .onConflict()
      .merge();
  } else if (fact.type === GRANTED) {
    await db('opt_outs')
      .where(keyOf(fact.accountId, fact.data as ConsentGranted))
      .delete();
  }
}

/**
 * Projects consent events into the opt-out list, in the transaction that records them (so the list is
 * never behind the ledger): a revocation is an opt-out of its scope, the latest one per scope; a grant
 * of the same scope lifts it.
 */
export async function projectOptOuts(trx: Knex.Transaction, _state: unknown, events: ConsentFact[]) {
  for (const event of events) await apply(trx, event);
}

/**
 * The opt-outs of each account: who it may not text, in which scope (one campaign, one brand, everything
 * it sends), since when and until when, and how they asked. Built from the consent ledger already
 * recorded, then kept by projectOptOuts.
 */
export const optOutsMigration: Migration = {
  name: '1520_compliance_opt_outs',
  async up(db) {
    await db.schema.createTable('opt_outs', (t) => {
      /** The ConsentRevoked event's id. */
      t.specificType('id', 'char(36)').primary();
      t.string('account_id', 64).notNullable();
      t.string('phone_number', 16).notNullable();
      t.string('scope', 16).notNullable();
      /** The campaign or brand id the scope names; '' for GLOBAL. */
      t.string('scope_id', 64).notNullable();
      t.string('campaign_id', 64).nullable();
      t.string('brand_id', 64).nullable();
      t.string('how', 16).notNullable();
      t.string('keyword', 191).nullable();
      t.specificType('since', 'datetime(3)').notNullable();
      t.specificType('expires_at', 'datetime(3)').nullable();
      t.unique(['account_id', 'phone_number', 'scope', 'scope_id'], { indexName: 'uq_opt_outs_scope' });
      t.index(['account_id', 'since', 'id'], 'ix_opt_outs_account_since');
    });
    let after = 0;
    for (;;) {
      const rows = await db('events')
        .whereIn('type', [REVOKED, GRANTED])
        .andWhere('position', '>', after)
        .orderBy('position')
        .limit(1000);
      for (const row of rows) {
        await apply(db, {
          eventId: row.event_id,
          type: row.type,
          data: typeof row.data === 'string' ? JSON.parse(row.data) : row.data,
          accountId: row.account_id,
          occurredAt: new Date(row.occurred_at),
        });
      }
      if (rows.length < 1000) break;
      after = Number(rows.at(-1).position);
    }
  },
  async down(db) {
    await db.schema.dropTableIfExists('opt_outs');
  },
};
