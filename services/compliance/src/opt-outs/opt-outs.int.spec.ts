import { randomUUID } from 'node:crypto';
import { consentStream } from '@longcode/contracts';
import { handleCommand, migrate } from '@longcode/eventstore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentDecider } from '../consent/decider.js';
import { type ComplianceWorld, createComplianceWorld } from '../testing/world.js';
import { optOutsMigration } from './opt-outs.js';

let world: ComplianceWorld;
const acme = `acct-${randomUUID()}`;
const other = `acct-${randomUUID()}`;
const [campaignId, brandId] = [randomUUID(), randomUUID()];

beforeAll(async () => {
  world = await createComplianceWorld();
});
afterAll(async () => world?.close());

const call = async (method: 'GET' | 'POST' | 'DELETE', url: string, body?: object, accountId = acme) => {
  const response = await world.app.inject({
    method,
    url,
    headers: { 'x-account-id': accountId },
    ...(body ? { payload: body } : {}),
  });
  return { status: response.statusCode, body: response.body ? response.json() : null };
};
const list = async (query: string, accountId = acme) =>
  (await call('GET', `/opt-outs?${query}`, undefined, accountId)).body;
const person = (n: number) => `+1312555${String(n).padStart(4, '0')}`;

describe('Compliance > opt-outs > adding and removing', () => {
  it('adds an opt-out (201) that the list shows; adding it again answers the one in force (200)', async () => {
    const added = await call('POST', '/opt-outs', {
      phoneNumber: person(301),
      scope: 'BRAND',
      brandId,
      how: 'WEB_FORM',
    });
    expect([added.status, added.body]).toEqual([
      201,
      {
        id: expect.any(String),
        phoneNumber: person(301),
        scope: 'BRAND',
        campaignId: null,
        brandId,
        since: expect.any(String),
        expiresAt: null,
        how: 'WEB_FORM',
        keyword: null,
      },
    ]);
    expect((await list(`phoneNumber=${encodeURIComponent(person(301))}`)).data).toEqual([added.body]);
    const again = await call('POST', '/opt-outs', { phoneNumber: person(301), scope: 'BRAND', brandId });
    // A campaign of the brand is covered by the brand's opt-out: that is the one in force.
    const narrower = await call('POST', '/opt-outs', {
      phoneNumber: person(301),
      scope: 'CAMPAIGN',
      campaignId,
      brandId,
    });
    expect([again.status, again.body.id, narrower.status, narrower.body.id]).toEqual([
      200,
      added.body.id,
      200,
      added.body.id,
    ]);
    expect((await call('GET', `/opt-outs/${added.body.id}`)).body).toEqual(added.body);
  });

  it('removes an opt-out (204): the list no longer shows it and the ledger records the opt-in', async () => {
    const added = await call('POST', '/opt-outs', { phoneNumber: person(302), scope: 'GLOBAL' });
    const removed = await call('DELETE', `/opt-outs/${added.body.id}`);
    expect(removed.status).toBe(204);
    expect((await list(`phoneNumber=${encodeURIComponent(person(302))}`)).data).toEqual([]);
    expect((await call('DELETE', `/opt-outs/${added.body.id}`)).body.code).toBe('OPT_OUT_NOT_FOUND');
    const ledger = (await call('GET', `/consents/${encodeURIComponent(person(302))}`)).body.ledger;
    expect(ledger.map((e: { type: string; scope: string }) => [e.type, e.scope])).toEqual([
      ['ConsentRevoked', 'GLOBAL'],
      ['ConsentGranted', 'GLOBAL'],
    ]);
  });

  it('refuses a scope without its id and an expiry in the past, naming the fields', async () => {
    const refused = await call('POST', '/opt-outs', {
      phoneNumber: person(303),
      scope: 'CAMPAIGN',
      expiresAt: '2020-01-01T00:00:00Z',
    });
    expect([refused.status, refused.body.errors.map((e: { field: string }) => e.field)]).toEqual([
      400,
      ['campaignId', 'expiresAt'],
    ]);
  });

  it('drops an opt-out from the list once it lapses', async () => {
    const expiresAt = new Date(world.clock.now.getTime() + 60_000);
    const added = await call('POST', '/opt-outs', {
      phoneNumber: person(304),
      scope: 'GLOBAL',
      expiresAt: expiresAt.toISOString(),
    });
    expect(added.body.expiresAt).toBe(expiresAt.toISOString());
    const before = world.clock.now;
    world.clock.now = new Date(expiresAt.getTime() + 1);
    try {
      expect((await list(`phoneNumber=${encodeURIComponent(person(304))}`)).data).toEqual([]);
      expect((await call('GET', `/opt-outs/${added.body.id}`)).status).toBe(404);
    } finally {
      world.clock.now = before;
    }
  });
});

describe('Compliance > opt-outs > the list', () => {
  it('shows opt-outs by keyword with the keyword; START takes them off', async () => {
    const number = {
      accountId: acme,
      phoneNumber: '+12125550150',
      campaignId: randomUUID(),
      brandId: randomUUID(),
    };
    await world.own(number);
    await world.deliver(world.inboundEvent({ from: person(305), to: number.phoneNumber, text: 'STOP' }));
    expect((await list(`phoneNumber=${encodeURIComponent(person(305))}`)).data).toEqual([
      expect.objectContaining({
        scope: 'BRAND',
        brandId: number.brandId,
        campaignId: number.campaignId,
        how: 'KEYWORD',
        keyword: 'STOP',
      }),
    ]);
    await world.deliver(world.inboundEvent({ from: person(305), to: number.phoneNumber, text: 'START' }));
    expect((await list(`phoneNumber=${encodeURIComponent(person(305))}`)).data).toEqual([]);
  });

  it('lists newest first a page at a time, by scope, campaign and brand', async () => {
    const mine = randomUUID();
    const ids: string[] = [];
    for (const [n, scope] of [
      [310, 'CAMPAIGN'],
      [311, 'BRAND'],
      [312, 'CAMPAIGN'],
    ] as const) {
      world.clock.now = new Date(world.clock.now.getTime() + 1000);
      const added = await call('POST', '/opt-outs', {
        phoneNumber: person(n),
        scope,
        campaignId: mine,
        brandId: mine,
      });
      ids.push(added.body.id);
    }
    const first = await list(`brandId=${mine}&limit=2`);
    const second = await list(`brandId=${mine}&limit=2&cursor=${first.nextCursor}`);
    expect([...first.data, ...second.data].map((o: { id: string }) => o.id)).toEqual([...ids].reverse());
    expect(second.nextCursor).toBeNull();
    expect((await list(`campaignId=${mine}&scope=CAMPAIGN`)).data.map((o: { id: string }) => o.id)).toEqual([
      ids[2],
      ids[0],
    ]);
  });
});

describe('Compliance > opt-outs > tenancy', () => {
  it('answers another account’s opt-out as one that does not exist, and leaves it in force', async () => {
    const added = await call('POST', '/opt-outs', { phoneNumber: person(320), scope: 'GLOBAL' });
    for (const method of ['GET', 'DELETE'] as const) {
      const theirs = await call(method, `/opt-outs/${added.body.id}`, undefined, other);
      expect([method, theirs.status, theirs.body.code]).toEqual([method, 404, 'OPT_OUT_NOT_FOUND']);
    }
    expect((await list(`phoneNumber=${encodeURIComponent(person(320))}`, other)).data).toEqual([]);
    expect((await call('GET', `/opt-outs/${added.body.id}`)).status).toBe(200);
  });
});

describe('Compliance > opt-outs > a ledger recorded before the list existed', () => {
  it('is in the list once the migration has run', async () => {
    const earlier = await createComplianceWorld([]);
    try {
      const change = {
        accountId: acme,
        phoneNumber: person(330),
        scope: 'GLOBAL' as const,
        campaignId: null,
        brandId: null,
        how: 'API' as const,
        keyword: null,
        sourceMessageId: null,
        inboundMessageId: null,
        actor: 'api',
      };
      const now = new Date();
      await handleCommand(
        earlier.store,
        consentStream(person(330)),
        consentDecider,
        {
          type: 'RevokeConsent',
          data: { ...change, expiresAt: null, confirmation: null, now },
        },
        { accountId: acme, correlationId: randomUUID() },
      );
      await migrate(earlier.db, [optOutsMigration]);
      const listed = await earlier.app.inject({
        method: 'GET',
        url: '/opt-outs',
        headers: { 'x-account-id': acme },
      });
      expect(listed.json().data).toEqual([
        expect.objectContaining({ phoneNumber: person(330), scope: 'GLOBAL', how: 'API' }),
      ]);
    } finally {
      await earlier.close();
    }
  });
});
