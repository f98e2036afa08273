import { randomUUID } from 'node:crypto';
import { topicOf } from '@longcode/contracts';
import {
  applyOnce,
  type ConsumedEvent,
  createDatabase,
  createEventStore,
  type Database,
  migrate,
} from '@longcode/eventstore';
import { createLogger } from '@longcode/kit';
import { consumedEvent, createTestDatabase, stackFromEnv } from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectDirectory } from '../directory/directory.js';
import { allMigrations } from '../testing/world.js';
import { createInboundHandler } from './handle-inbound.js';

let db: Database;
let drop: () => Promise<void>;
const event = (type: string, data: Record<string, unknown>, accountId = 'acct-1') =>
  consumedEvent(type, data, { accountId });
const ours = '+12125550100';
const campaignId = randomUUID();
let handle: ReturnType<typeof createInboundHandler>;

beforeAll(async () => {
  const database = await createTestDatabase(stackFromEnv(process.env).mysqlUrl, 'compliance');
  drop = database.drop;
  db = createDatabase({ url: database.url });
  await migrate(db, allMigrations);
  const store = createEventStore({ db, topicOf, source: 'compliance' });
  handle = createInboundHandler({ store, logger: createLogger({ level: 'silent', service: 'compliance' }) });
  await applyOnce(
    db,
    'compliance.directory',
    [
      event('longcode.registration.BrandCreated', { brandId: 'brand-1', displayName: 'Acme Dental' }),
      event('longcode.registration.CampaignDrafted', {
        campaignId,
        brandId: 'brand-1',
        accountId: 'acct-1',
        helpMessage: null,
        optOutMessage: 'Acme Dental: you are unsubscribed.',
        optInMessage: null,
        helpKeywords: ['HELP'],
        optOutKeywords: ['STOP', 'ARRET'],
        optInKeywords: ['START'],
      }),
      event('longcode.numbers.NumberAssigned', {
        phoneNumber: ours,
        campaignId,
        areaCode: '212',
        region: 'NY',
      }),
    ],
    projectDirectory,
    () => new Date(),
  );
});
afterAll(async () => {
  await db?.destroy();
  await drop?.();
});

const inbound = (from: string, text: string, to = ours) =>
  applyOnce(
    db,
    'compliance.inbound',
    [
      event(
        'longcode.receipts.InboundReceived',
        {
          providerMessageId: randomUUID(),
          provider: 'telnyx',
          providerEventId: randomUUID(),
          from,
          to,
          text,
          mediaUrls: [],
          receivedAt: Date.now(),
          webhookId: randomUUID(),
        },
        'unattributed',
      ),
    ],
    (events, trx) => handle(events[0] as ConsumedEvent, trx),
    () => new Date(),
  );
const ledger = async (person: string) =>
  (
    await db('events')
      .where({ stream_id: `consent-${person}` })
      .orderBy('version')
  ).map((row) => ({
    type: String(row.type).split('.').at(-1),
    account: row.account_id,
    ...(typeof row.data === 'string' ? JSON.parse(row.data) : row.data),
  }));

describe('Compliance > an inbound message', () => {
  it('STOP opts the person out of the brand behind our number, with the campaign’s confirmation to send', async () => {
    const person = '+13125550101';
    await inbound(person, ' stop! ');
    expect(await ledger(person)).toEqual([
      expect.objectContaining({
        type: 'ConsentRevoked',
        account: 'acct-1',
        scope: 'BRAND',
        brandId: 'brand-1',
        how: 'KEYWORD',
        keyword: 'STOP',
      }),
      expect.objectContaining({
        type: 'ReplyRequested',
        kind: 'OPT_OUT_CONFIRMATION',
        from: ours,
        campaignId,
        text: 'Acme Dental: you are unsubscribed.',
      }),
    ]);
  });

  it('a second STOP records nothing and asks for no second confirmation', async () => {
    const person = '+13125550102';
    await inbound(person, 'STOP');
    await inbound(person, 'STOP');
    expect(await ledger(person)).toHaveLength(2);
  });

  it('STOP ALL opts out of everything the account sends; a free-text revocation counts too', async () => {
    await inbound('+13125550103', 'STOP ALL');
    expect((await ledger('+13125550103'))[0]).toMatchObject({ scope: 'GLOBAL' });
    await inbound('+13125550104', 'please stop texting me');
    expect((await ledger('+13125550104'))[0]).toMatchObject({ type: 'ConsentRevoked', how: 'FREE_TEXT' });
  });

  it('a custom keyword of the campaign opts out', async () => {
    await inbound('+13125550105', 'arret');
    expect((await ledger('+13125550105'))[0]).toMatchObject({
      type: 'ConsentRevoked',
      how: 'CUSTOM_KEYWORD',
    });
  });

  it('HELP gets a reply with the brand and "Msg & data rates may apply"', async () => {
    await inbound('+13125550106', 'Help');
    expect(await ledger('+13125550106')).toEqual([
      expect.objectContaining({
        type: 'ReplyRequested',
        kind: 'HELP',
        text: expect.stringMatching(/^Acme Dental: .*Msg & data rates may apply/),
      }),
    ]);
  });

  it('START after STOP opts back in and confirms', async () => {
    const person = '+13125550107';
    await inbound(person, 'STOP');
    await inbound(person, 'START');
    expect((await ledger(person)).map((e) => e.type)).toEqual([
      'ConsentRevoked',
      'ReplyRequested',
      'ConsentGranted',
      'ReplyRequested',
    ]);
  });

  it('ignores ordinary conversation and messages to numbers that are not ours', async () => {
    await inbound('+13125550108', 'See you Tuesday!');
    await inbound('+13125550109', 'STOP', '+19175550100');
    expect(await ledger('+13125550108')).toEqual([]);
    expect(await ledger('+13125550109')).toEqual([]);
  });
});
