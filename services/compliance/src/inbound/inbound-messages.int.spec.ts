import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ComplianceWorld, createComplianceWorld } from '../testing/world.js';

let world: ComplianceWorld;
const acme = { accountId: `acct-${randomUUID()}`, phoneNumber: '+12125550140', campaignId: randomUUID() };
const idle = { accountId: acme.accountId, phoneNumber: '+12125550141' };
const other = { accountId: `acct-${randomUUID()}`, phoneNumber: '+12125550142', campaignId: randomUUID() };

beforeAll(async () => {
  world = await createComplianceWorld();
  await world.own(acme);
  await world.own(idle);
  await world.own(other);
});
afterAll(async () => world?.close());

const get = async (url: string, accountId = acme.accountId) => {
  const response = await world.app.inject({ method: 'GET', url, headers: { 'x-account-id': accountId } });
  return { status: response.statusCode, body: response.json() };
};
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 2, 15, minutes));

describe('Compliance > inbound messages', () => {
  it('shows a text to the account’s number with its campaign, its media and what compliance made of it', async () => {
    const stop = world.inboundEvent({
      from: '+13125550201',
      to: acme.phoneNumber,
      text: 'Stop!',
      receivedAt: at(1),
    });
    const photo = world.inboundEvent({
      from: '+13125550201',
      to: acme.phoneNumber,
      text: 'see attached',
      mediaUrls: ['https://media.example/1.jpg'],
      receivedAt: at(2),
    });
    await world.deliver(stop, photo);
    expect((await get(`/inbound-messages/${stop.eventId}`)).body).toEqual({
      id: stop.eventId,
      from: '+13125550201',
      to: acme.phoneNumber,
      text: 'Stop!',
      mediaUrls: [],
      receivedAt: at(1).toISOString(),
      campaignId: acme.campaignId,
      brandId: expect.any(String),
      provider: 'telnyx',
      providerMessageId: (stop.data as { providerMessageId: string }).providerMessageId,
      compliance: { kind: 'OPT_OUT', keyword: 'STOP', how: 'KEYWORD' },
    });
    expect((await get(`/inbound-messages/${photo.eventId}`)).body).toMatchObject({
      mediaUrls: ['https://media.example/1.jpg'],
      compliance: { kind: 'NONE', keyword: null, how: null },
    });
  });

  it('records a message delivered twice, or reported twice by its provider, once', async () => {
    const text = world.inboundEvent({ from: '+13125550202', to: acme.phoneNumber, text: 'HELP' });
    const again = { ...text, eventId: randomUUID() };
    await world.deliver(text);
    await world.deliver(text);
    await world.deliver(again);
    const listed = await get(`/inbound-messages?from=${encodeURIComponent('+13125550202')}`);
    expect(listed.body.data.map((m: { id: string }) => m.id)).toEqual([text.eventId]);
    expect(listed.body.data[0].compliance).toEqual({ kind: 'HELP', keyword: 'HELP', how: 'KEYWORD' });
  });

  it('lists newest first a page at a time, by sender, number, campaign and time received', async () => {
    const from = '+13125550203';
    const texts = [3, 5, 4, 6].map((minute) =>
      world.inboundEvent({ from, to: acme.phoneNumber, text: `hi ${minute}`, receivedAt: at(minute) }),
    );
    const elsewhere = world.inboundEvent({ from, to: idle.phoneNumber, text: 'hi there', receivedAt: at(7) });
    await world.deliver(...texts, elsewhere);
    const q = (query: string) => get(`/inbound-messages?from=${encodeURIComponent(from)}&${query}`);
    const first = await q('limit=3');
    const second = await q(`limit=3&cursor=${first.body.nextCursor}`);
    expect([...first.body.data, ...second.body.data].map((m: { text: string }) => m.text)).toEqual([
      'hi there',
      'hi 6',
      'hi 5',
      'hi 4',
      'hi 3',
    ]);
    expect(second.body.nextCursor).toBeNull();
    const textsOf = async (query: string) => (await q(query)).body.data.map((m: { text: string }) => m.text);
    expect(await textsOf(`to=${encodeURIComponent(idle.phoneNumber)}`)).toEqual(['hi there']);
    expect(await textsOf(`campaignId=${acme.campaignId}&receivedAfter=${at(4).toISOString()}`)).toEqual([
      'hi 6',
      'hi 5',
      'hi 4',
    ]);
    expect(await textsOf(`receivedBefore=${at(4).toISOString()}`)).toEqual(['hi 3']);
    // A number on no campaign still belongs to its account: its texts are listed, without a campaign.
    expect((await q(`to=${encodeURIComponent(idle.phoneNumber)}`)).body.data[0].campaignId).toBeNull();
  });

  it('answers another account’s message as one that does not exist, and lists none of them', async () => {
    const text = world.inboundEvent({ from: '+13125550204', to: acme.phoneNumber, text: 'hello' });
    await world.deliver(text);
    const theirs = await get(`/inbound-messages/${text.eventId}`, other.accountId);
    const missing = await get(`/inbound-messages/${randomUUID()}`, other.accountId);
    expect([theirs.status, theirs.body.code]).toEqual([404, 'INBOUND_MESSAGE_NOT_FOUND']);
    expect([missing.status, missing.body.code]).toEqual([404, 'INBOUND_MESSAGE_NOT_FOUND']);
    expect((await get('/inbound-messages?from=%2B13125550204', other.accountId)).body).toEqual({
      data: [],
      nextCursor: null,
    });
  });

  it('refuses a cursor it did not give and a time outside what it keeps, naming the field', async () => {
    const cursor = await get('/inbound-messages?cursor=bm90LWEtY3Vyc29y');
    const ancient = await get('/inbound-messages?receivedAfter=0001-01-01T00:00:00Z');
    expect([cursor.status, cursor.body.errors]).toEqual([
      400,
      [expect.objectContaining({ field: 'query.cursor' })],
    ]);
    expect([ancient.status, ancient.body.errors[0].field]).toEqual([400, 'query.receivedAfter']);
  });
});
