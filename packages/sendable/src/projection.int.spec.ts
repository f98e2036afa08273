import { randomUUID } from 'node:crypto';
import { applyOnce, type ConsumedEvent, createDatabase, type Database, migrate } from '@longcode/eventstore';
import { approvedThroughput, createTestDatabase, stackFromEnv } from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  projectSendable,
  sendableCampaign,
  sendableCampaignsOfBrand,
  sendableMigrations,
  sendableSender,
  sendableSenders,
} from './index.js';

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  const database = await createTestDatabase(stackFromEnv(process.env).mysqlUrl, 'sendable');
  drop = database.drop;
  db = createDatabase({ url: database.url });
  await migrate(db, sendableMigrations);
});
afterAll(async () => {
  await db?.destroy();
  await drop?.();
});

let offset = 0;
const event = (type: string, data: Record<string, unknown>): ConsumedEvent => ({
  eventId: randomUUID(),
  type: type.startsWith('Number') ? `longcode.numbers.${type}` : `longcode.registration.${type}`,
  streamId: type.startsWith('Number') ? `number-${data.phoneNumber}` : `campaign-${data.campaignId}`,
  version: 1,
  occurredAt: new Date(),
  accountId: 'acct-1',
  correlationId: randomUUID(),
  causationId: null,
  traceparent: null,
  tracestate: null,
  data,
  topic: 'registration.campaign.v1',
  partition: 0,
  offset: String(++offset),
  publishedAt: new Date(),
});
const apply = (...events: ConsumedEvent[]) =>
  applyOnce(db, 'sendable-test', events, projectSendable, () => new Date());

const throughput = approvedThroughput();
const approved = (campaignId: string, brandId = 'brand-1') =>
  event('CampaignApproved', {
    campaignId,
    brandId,
    registryCampaignId: 'CABC123',
    throughput,
    useCase: 'MARKETING',
  });

describe('What may send', () => {
  it("lists an approved campaign with its carriers' throughput", async () => {
    const campaignId = randomUUID();
    await apply(approved(campaignId));
    expect(await sendableCampaign(db, campaignId)).toEqual({
      campaignId,
      brandId: 'brand-1',
      accountId: 'acct-1',
      registryCampaignId: 'CABC123',
      useCase: 'MARKETING',
      throughput,
    });
  });

  it.each(['CampaignSuspended', 'CampaignExpired'])('drops a campaign once it is %s', async (type) => {
    const campaignId = randomUUID();
    await apply(approved(campaignId));
    await apply(event(type, { campaignId, reason: 'complaints', carrier: 'T-Mobile' }));
    expect(await sendableCampaign(db, campaignId)).toBeUndefined();
  });

  it('never lists a campaign that is only drafted, submitted or rejected', async () => {
    const campaignId = randomUUID();
    await apply(
      event('CampaignDrafted', { campaignId, brandId: 'brand-1' }),
      event('CampaignSubmitted', { campaignId, attempt: 1, lintWarnings: [] }),
      event('CampaignRejected', { campaignId, reasons: [] }),
    );
    expect(await sendableCampaign(db, campaignId)).toBeUndefined();
  });

  it("gives every sendable campaign of a brand (they share T-Mobile's daily cap)", async () => {
    const brandId = randomUUID();
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    await apply(approved(a, brandId), approved(b, brandId), approved(c, brandId));
    await apply(event('CampaignSuspended', { campaignId: b, reason: 'x', carrier: null }));
    expect((await sendableCampaignsOfBrand(db, brandId)).map((s) => s.campaignId).sort()).toEqual(
      [a, c].sort(),
    );
  });

  it('applies a redelivered approval once, and a redelivered suspension still removes it', async () => {
    const campaignId = randomUUID();
    const approval = approved(campaignId);
    await apply(approval);
    expect(await apply(approval)).toBe(0);
    const suspension = event('CampaignSuspended', { campaignId, reason: 'x', carrier: null });
    await apply(suspension);
    await apply(suspension);
    expect(await sendableCampaign(db, campaignId)).toBeUndefined();
  });
});

let line = 1000;
const newNumber = () => `+1212555${String(++line).padStart(4, '0')}`;
const assigned = (phoneNumber: string, campaignId: string) =>
  event('NumberAssigned', { phoneNumber, campaignId, areaCode: '212', region: 'NY' });

describe('What may send > senders', () => {
  it('lists the numbers the carriers linked to an approved campaign as its pool, with their area codes', async () => {
    const campaignId = randomUUID();
    const [a, b] = [newNumber(), newNumber()];
    await apply(approved(campaignId), assigned(a, campaignId), assigned(b, campaignId));
    expect(await sendableSenders(db, campaignId)).toEqual([
      { phoneNumber: a, campaignId, areaCode: '212', region: 'NY' },
      { phoneNumber: b, campaignId, areaCode: '212', region: 'NY' },
    ]);
    expect(await sendableSender(db, a)).toMatchObject({ campaignId });
  });

  it('counts a number assigned before its campaign approval arrived once the approval lands (topics in any order)', async () => {
    const campaignId = randomUUID();
    const number = newNumber();
    await apply(assigned(number, campaignId));
    expect(await sendableSender(db, number)).toBeUndefined();
    await apply(approved(campaignId));
    expect(await sendableSender(db, number)).toMatchObject({ campaignId });
  });

  it.each(['NumberUnassigned', 'NumberReleased'])('drops a number once it is %s', async (type) => {
    const campaignId = randomUUID();
    const number = newNumber();
    await apply(approved(campaignId), assigned(number, campaignId));
    await apply(event(type, { phoneNumber: number, campaignId, reason: 'REQUESTED' }));
    expect(await sendableSender(db, number)).toBeUndefined();
    expect(await sendableSenders(db, campaignId)).toEqual([]);
  });

  it('stops a suspended number sending, and lets it send again once reinstated', async () => {
    const campaignId = randomUUID();
    const number = newNumber();
    await apply(approved(campaignId), assigned(number, campaignId));
    await apply(event('NumberSuspended', { phoneNumber: number, reason: 'spam' }));
    expect(await sendableSender(db, number)).toBeUndefined();
    await apply(event('NumberReinstated', { phoneNumber: number }));
    expect(await sendableSender(db, number)).toMatchObject({ campaignId });
  });

  it('stops every sender of a campaign that is suspended', async () => {
    const campaignId = randomUUID();
    const number = newNumber();
    await apply(approved(campaignId), assigned(number, campaignId));
    await apply(event('CampaignSuspended', { campaignId, reason: 'x', carrier: 'T-Mobile' }));
    expect(await sendableSender(db, number)).toBeUndefined();
    expect(await sendableSenders(db, campaignId)).toEqual([]);
  });
});
