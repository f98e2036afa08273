import type { BrandCreated, BrandResubmitted } from '@longcode/contracts';
import type { ConsumedEvent, Database, EventHandler, Migration } from '@longcode/eventstore';

/** Read model: every brand of every account, as the ops dashboard lists them. */
export const brandDirectoryMigration: Migration = {
  name: '1000_brand_directory',
  async up(db) {
    await db.schema.createTable('brand_directory', (t) => {
      t.string('brand_id', 64).primary();
      t.string('account_id', 64).notNullable();
      t.string('display_name', 255).notNullable();
      t.string('entity_type', 32).notNullable();
      t.string('status', 32).notNullable();
      t.specificType('created_at', 'datetime(3)').notNullable();
      t.string('last_trace_id', 32).nullable();
      t.index(['account_id', 'created_at'], 'ix_brand_directory_account');
    });
  },
  async down(db) {
    await db.schema.dropTableIfExists('brand_directory');
  },
};

const traceIdOf = (traceparent: string | null) => traceparent?.split('-')[1] ?? null;

export const projectBrands: EventHandler = async (event, trx) => {
  switch (event.type) {
    case 'longcode.registration.BrandCreated': {
      const data = event.data as BrandCreated;
      await trx('brand_directory')
        .insert({
          brand_id: data.brandId,
          account_id: data.accountId,
          display_name: data.displayName,
          entity_type: data.entityType,
          status: 'PENDING',
          created_at: event.occurredAt,
          last_trace_id: traceIdOf(event.traceparent),
        })
        .onConflict('brand_id')
        .ignore();
      return;
    }
    case 'longcode.registration.BrandApproved':
      return setStatus(trx, event, 'APPROVED');
    case 'longcode.registration.BrandRejected':
      return setStatus(trx, event, 'REJECTED');
    case 'longcode.registration.BrandSuspended':
      return setStatus(trx, event, 'SUSPENDED');
    case 'longcode.registration.BrandResubmitted':
      return setStatus(trx, event, 'PENDING', { display_name: (event.data as BrandResubmitted).displayName });
    default:
      return; // vetting and other events of the topic do not change this read model
  }
};

/**
 * A status change of a listed brand. Events of one brand arrive in order (one partition per stream).
 * The trace id stays the creating request's: the brand's origin, where an operator starts looking.
 */
async function setStatus(
  trx: Parameters<EventHandler>[1],
  event: ConsumedEvent,
  status: string,
  extra: Record<string, string> = {},
): Promise<void> {
  const { brandId } = event.data as { brandId: string };
  await trx('brand_directory')
    .where({ brand_id: brandId })
    .update({ status, ...extra });
}

export interface BrandListing {
  brandId: string;
  accountId: string;
  displayName: string;
  entityType: string;
  status: string;
  createdAt: string;
  traceId: string | null;
}

// biome-ignore lint/suspicious/noExplicitAny: a database row
const toListing = (row: any): BrandListing => ({
  brandId: row.brand_id,
  accountId: row.account_id,
  displayName: row.display_name,
  entityType: row.entity_type,
  status: row.status,
  createdAt: new Date(row.created_at).toISOString(),
  traceId: row.last_trace_id,
});

export async function listBrands(db: Database, accountId: string, limit: number): Promise<BrandListing[]> {
  const rows = await db('brand_directory')
    .where({ account_id: accountId })
    .orderBy('created_at', 'desc')
    .limit(limit);
  return rows.map(toListing);
}

export async function findBrand(
  db: Database,
  accountId: string,
  brandId: string,
): Promise<BrandListing | undefined> {
  const row = await db('brand_directory').where({ account_id: accountId, brand_id: brandId }).first();
  return row ? toListing(row) : undefined;
}
