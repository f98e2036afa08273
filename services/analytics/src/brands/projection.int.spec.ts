import { randomUUID } from 'node:crypto';
import { applyOnce, type ConsumedEvent, createDatabase, type Database, migrate } from '@longcode/eventstore';
import { createTestDatabase, stackFromEnv } from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brandDirectoryMigration, findBrand, listBrands, projectBrands } from './projection.js';

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  const database = await createTestDatabase(stackFromEnv(process.env).mysqlUrl, 'brand_directory');
  drop = database.drop;
  db = createDatabase({ url: database.url });
  await migrate(db, [brandDirectoryMigration]);
});
afterAll(async () => {
  await db?.destroy();
  await drop?.();
});

let version = 0;
const event = (brandId: string, type: string, data: object): ConsumedEvent => ({
  eventId: randomUUID(),
  type,
  streamId: `brand-${brandId}`,
  version: ++version,
  occurredAt: new Date(),
  accountId: 'acct-1',
  correlationId: randomUUID(),
  causationId: null,
  traceparent: `00-${'a'.repeat(32)}-${'b'.repeat(16)}-01`,
  tracestate: null,
  data: { brandId, ...data },
  topic: 'registration.brand.v1',
  partition: 0,
  offset: String(version),
  publishedAt: new Date(),
});
const apply = (...events: ConsumedEvent[]) =>
  applyOnce(
    db,
    'analytics-test',
    events,
    async (batch, trx) => {
      for (const e of batch) await projectBrands(e, trx);
    },
    () => new Date(),
  );

const created = (brandId: string) =>
  event(brandId, 'longcode.registration.BrandCreated', {
    accountId: 'acct-1',
    entityType: 'PRIVATE_PROFIT',
    legalName: 'Acme Dental LLC',
    displayName: 'Acme Dental',
    email: 'ops@acme.example',
  });

describe('Brand directory (analytics read model)', () => {
  it('lists a created brand as pending, with the trace it came from', async () => {
    const brandId = randomUUID();
    await apply(created(brandId));
    expect(await findBrand(db, 'acct-1', brandId)).toMatchObject({
      status: 'PENDING',
      traceId: 'a'.repeat(32),
    });
  });

  it('follows the lifecycle: rejected, resubmitted under a new name, approved, suspended', async () => {
    const brandId = randomUUID();
    await apply(created(brandId), event(brandId, 'longcode.registration.BrandRejected', { reasons: [] }));
    expect((await findBrand(db, 'acct-1', brandId))?.status).toBe('REJECTED');
    await apply(event(brandId, 'longcode.registration.BrandResubmitted', { displayName: 'Acme Smiles' }));
    expect(await findBrand(db, 'acct-1', brandId)).toMatchObject({
      status: 'PENDING',
      displayName: 'Acme Smiles',
    });
    await apply(event(brandId, 'longcode.registration.BrandApproved', { registryBrandId: 'B123456' }));
    expect((await findBrand(db, 'acct-1', brandId))?.status).toBe('APPROVED');
    await apply(event(brandId, 'longcode.registration.BrandSuspended', { reason: 'complaints' }));
    expect((await findBrand(db, 'acct-1', brandId))?.status).toBe('SUSPENDED');
  });

  it('applies a redelivered event once', async () => {
    const brandId = randomUUID();
    const once = created(brandId);
    expect(await apply(once)).toBe(1);
    expect(await apply(once)).toBe(0);
    expect((await listBrands(db, 'acct-1', 500)).filter((b) => b.brandId === brandId)).toHaveLength(1);
  });

  it('shows one account nothing of another', async () => {
    const brandId = randomUUID();
    await apply(created(brandId));
    expect(await findBrand(db, 'acct-2', brandId)).toBeUndefined();
  });
});
