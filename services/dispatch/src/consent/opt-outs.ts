import type { ConsentGranted, ConsentRevoked } from '@longcode/contracts';
import type { BatchEventHandler, ConsumedEvent, Migration } from '@longcode/eventstore';
import type { Knex } from 'knex';

/**
 * Who may not be texted: dispatch's projection of compliance.consent.v1. A revocation holds for its scope
 * (one campaign, one brand, or everything the account sends) until a grant in the same scope lifts it or
 * it lapses. Checked at accept time and again just before submission.
 */
export const optOutsMigration: Migration = {
  name: '1300_dispatch_opt_outs',
  async up(db) {
    await db.schema.createTable('opt_outs', (t) => {
      t.string('account_id', 64).notNullable();
      t.string('phone_number', 16).notNullable();
      t.string('scope', 16).notNullable();
      /** The campaign or brand id; '' for GLOBAL. */
      t.string('scope_id', 64).notNullable();
      t.specificType('revoked_at', 'datetime(3)').notNullable();
      t.specificType('expires_at', 'datetime(3)').nullable();
      t.primary(['account_id', 'phone_number', 'scope', 'scope_id']);
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('opt_outs');
  },
};

type Consent = ConsentRevoked | ConsentGranted;

const keyOf = (event: ConsumedEvent) => {
  const data = event.data as Consent;
  const scopeId = data.scope === 'CAMPAIGN' ? data.campaignId : data.scope === 'BRAND' ? data.brandId : '';
  return {
    account_id: event.accountId,
    phone_number: data.phoneNumber,
    scope: data.scope,
    scope_id: scopeId ?? '',
  };
};

async function apply(trx: Knex.Transaction, event: ConsumedEvent): Promise<void> {
  if (event.type === 'longcode.compliance.ConsentRevoked') {
    const { expiresAt } = event.data as ConsentRevoked;
    await trx('opt_outs')
      .insert({
        ...keyOf(event),
        revoked_at: event.occurredAt,
        expires_at: expiresAt === null ? null : new Date(expiresAt),
      })
      .onConflict(['account_id', 'phone_number', 'scope', 'scope_id'])
      .merge(['revoked_at', 'expires_at']);
  } else if (event.type === 'longcode.compliance.ConsentGranted') {
    await trx('opt_outs').where(keyOf(event)).delete();
  }
}

export const projectOptOuts: BatchEventHandler = async (events, trx) => {
  for (const event of events) await apply(trx, event);
};

export type OptOutScope = 'CAMPAIGN' | 'BRAND' | 'GLOBAL';

export interface OptOutLookup {
  /** The scope of the opt-out that forbids this message, or null when the recipient may be texted. */
  scopeFor(q: {
    accountId: string;
    phoneNumber: string;
    campaignId: string;
    brandId: string;
  }): OptOutScope | null;
}

/** The opt-outs in force for these people (account and number), read in one query. */
export async function loadOptOuts(
  db: Knex,
  people: ReadonlyArray<{ accountId: string; phoneNumber: string }>,
  now: Date,
): Promise<OptOutLookup> {
  const rows: Array<{ account_id: string; phone_number: string; scope: OptOutScope; scope_id: string }> =
    people.length === 0
      ? []
      : await db('opt_outs')
          .whereIn('account_id', [...new Set(people.map((p) => p.accountId))])
          .whereIn('phone_number', [...new Set(people.map((p) => p.phoneNumber))])
          .andWhere((w) => w.whereNull('expires_at').orWhere('expires_at', '>', now))
          .select('account_id', 'phone_number', 'scope', 'scope_id');
  const byPerson = new Map<string, typeof rows>();
  for (const row of rows) {
    const key = `${row.account_id}|${row.phone_number}`;
    byPerson.set(key, [...(byPerson.get(key) ?? []), row]);
  }
  return {
    scopeFor(q) {
      const held = byPerson.get(`${q.accountId}|${q.phoneNumber}`) ?? [];
      const hit =
        held.find((o) => o.scope === 'GLOBAL') ??
        held.find((o) => o.scope === 'BRAND' && o.scope_id === q.brandId) ??
        held.find((o) => o.scope === 'CAMPAIGN' && o.scope_id === q.campaignId);
      return hit?.scope ?? null;
    },
  };
}
