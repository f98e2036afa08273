import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNumbersHarness } from './testing/harness.js';

let h: Awaited<ReturnType<typeof startNumbersHarness>>;
beforeAll(async () => {
  h = await startNumbersHarness();
});
afterAll(async () => h?.stop());

const account = { 'x-account-id': 'acct-1' };
let line = 2000;
/** A number the provider offers. */
const offered = () => {
  const phoneNumber = `+1212555${String(++line).padStart(4, '0')}`;
  h.fake.offer(phoneNumber);
  return phoneNumber;
};
const path = (phoneNumber: string, rest = '') => `/numbers/${encodeURIComponent(phoneNumber)}${rest}`;
const get = (phoneNumber: string, headers = account) =>
  h.app.inject({ method: 'GET', url: path(phoneNumber), headers });
const order = (phoneNumber: string, headers = account) =>
  h.app.inject({ method: 'POST', url: '/numbers', headers, payload: { phoneNumber } });
const assign = (phoneNumber: string, campaignId: string) =>
  h.app.inject({
    method: 'PUT',
    url: path(phoneNumber, '/campaign'),
    headers: account,
    payload: { campaignId },
  });
const eventCount = async () => Number((await h.db('events').count({ n: '*' }))[0]?.n);

async function ownedNumber() {
  const phoneNumber = offered();
  expect((await order(phoneNumber)).statusCode).toBe(202);
  await h.provision();
  return phoneNumber;
}

async function approvedCampaign(options: { soleProprietor?: boolean; accountId?: string } = {}) {
  const campaignId = randomUUID();
  const brandId = randomUUID();
  await h.campaignEvents(
    {
      type: 'CampaignDrafted',
      accountId: options.accountId ?? 'acct-1',
      data: {
        campaignId,
        brandId,
        accountId: options.accountId ?? 'acct-1',
        useCase: options.soleProprietor ? 'SOLE_PROPRIETOR' : 'ACCOUNT_NOTIFICATION',
      },
    },
    { type: 'CampaignSubmitted', data: { campaignId, attempt: 1, lintWarnings: [] } },
    {
      type: 'CampaignApproved',
      data: { campaignId, brandId, registryCampaignId: `C${campaignId.slice(0, 6)}` },
    },
  );
  return { campaignId, brandId };
}

describe('Numbers API > ordering', () => {
  it('reserves an offered number at once (202 RESERVED, with its cost), then owns it when the order completes', async () => {
    const phoneNumber = offered();
    const reserved = await order(phoneNumber);
    expect(reserved.statusCode).toBe(202);
    expect(reserved.json()).toMatchObject({
      phoneNumber,
      status: 'RESERVED',
      areaCode: '212',
      region: 'NY',
      monthlyCost: { amount: '1.00', currency: 'USD' },
      campaign: null,
    });
    await h.provision();
    expect((await get(phoneNumber)).json()).toMatchObject({ status: 'AVAILABLE' });
    expect(h.fake.calls).toContainEqual({ op: 'order', phoneNumber });
  });

  it('accepts the number as people write it (+1 (212) 555-…, without +1)', async () => {
    const phoneNumber = offered();
    const national = phoneNumber.slice(2);
    const reserved = await order(`(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`);
    expect(reserved.json()).toMatchObject({ phoneNumber, status: 'RESERVED' });
  });

  it('refuses a number nobody offers, or one already taken, with NUMBER_NOT_AVAILABLE (409)', async () => {
    expect((await order('+12125559999')).json()).toMatchObject({ code: 'NUMBER_NOT_AVAILABLE', status: 409 });
    const phoneNumber = offered();
    await order(phoneNumber);
    const again = await order(phoneNumber, { 'x-account-id': 'acct-2' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'NUMBER_NOT_AVAILABLE' });
  });

  it.each(['+44 20 7946 0958', '+1212555012', '+10125550123', 'not a number'])(
    'refuses %s with 400 naming phoneNumber, recording nothing',
    async (bad) => {
      const before = await eventCount();
      const response = await order(bad);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'phoneNumber' })]);
      expect(await eventCount()).toBe(before);
    },
  );

  it('records a refused order as RELEASED with the reason: the account never owned it', async () => {
    h.fake.answers.order = 'refuse';
    try {
      const phoneNumber = offered();
      await order(phoneNumber);
      await h.provision();
      expect((await get(phoneNumber)).json()).toMatchObject({
        status: 'RELEASED',
        releaseReason: 'number taken',
      });
    } finally {
      h.fake.answers.order = 'success';
    }
  });

  it('keeps the number RESERVED through a provider outage (the consumer retries it)', async () => {
    h.fake.answers.order = 'outage';
    const phoneNumber = offered();
    await order(phoneNumber);
    await expect(h.provision()).rejects.toThrow('provider down');
    h.fake.answers.order = 'success';
    expect((await get(phoneNumber)).json()).toMatchObject({ status: 'RESERVED' });
  });

  it("hides another account's number (404 NUMBER_NOT_FOUND)", async () => {
    const phoneNumber = await ownedNumber();
    const response = await get(phoneNumber, { 'x-account-id': 'acct-2' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NUMBER_NOT_FOUND' });
  });
});

describe('Numbers API > assignment', () => {
  it('links a number to an approved campaign: PENDING until the carriers provision it, then ASSIGNED in its pool', async () => {
    const phoneNumber = await ownedNumber();
    const { campaignId } = await approvedCampaign();
    const requested = await assign(phoneNumber, campaignId);
    expect(requested.statusCode).toBe(202);
    expect(requested.json()).toMatchObject({
      status: 'ASSIGNED',
      campaign: { campaignId, status: 'PENDING' },
    });
    await h.provision();
    await h.reconcile();
    expect((await get(phoneNumber)).json()).toMatchObject({ campaign: { status: 'PENDING' } });
    h.fake.answers.assignment.set(phoneNumber, { status: 'assigned', failureReason: null });
    await h.reconcile();
    expect((await get(phoneNumber)).json()).toMatchObject({
      status: 'ASSIGNED',
      campaign: { status: 'ASSIGNED' },
    });
    const pool = await h.app.inject({ url: `/campaigns/${campaignId}/numbers`, headers: account });
    expect(pool.json()).toEqual({
      campaignId,
      campaignStatus: 'APPROVED',
      data: [
        {
          phoneNumber,
          status: 'ASSIGNED',
          areaCode: '212',
          region: 'NY',
          campaignId,
          assignmentStatus: 'ASSIGNED',
        },
      ],
    });
  });

  it('frees the number with the reason when the carriers refuse the link', async () => {
    const phoneNumber = await ownedNumber();
    const { campaignId } = await approvedCampaign();
    await assign(phoneNumber, campaignId);
    h.fake.answers.assignment.set(phoneNumber, {
      status: 'failed',
      failureReason: 'Number is not 10DLC capable',
    });
    await h.provision();
    await h.reconcile();
    expect((await get(phoneNumber)).json()).toMatchObject({
      status: 'AVAILABLE',
      campaign: null,
      lastAssignmentFailure: { campaignId, reason: 'Number is not 10DLC capable' },
    });
  });

  it.each([
    ['rejected', 'CampaignRejected', { reasons: [] }],
    ['suspended', 'CampaignSuspended', { reason: 'complaints', carrier: 'T-Mobile' }],
  ])(
    'refuses a %s campaign with CAMPAIGN_NOT_APPROVED (409), changing nothing',
    async (_case, type, data) => {
      const phoneNumber = await ownedNumber();
      const { campaignId } = await approvedCampaign();
      await h.campaignEvents({ type, data: { campaignId, ...data } });
      const before = await eventCount();
      const response = await assign(phoneNumber, campaignId);
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'CAMPAIGN_NOT_APPROVED' });
      expect(await eventCount()).toBe(before);
      expect((await get(phoneNumber)).json()).toMatchObject({ status: 'AVAILABLE' });
    },
  );

  it("refuses an unknown campaign or another account's with CAMPAIGN_NOT_FOUND (404)", async () => {
    const phoneNumber = await ownedNumber();
    const theirs = await approvedCampaign({ accountId: 'acct-2' });
    for (const campaignId of [randomUUID(), theirs.campaignId]) {
      const response = await assign(phoneNumber, campaignId);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'CAMPAIGN_NOT_FOUND' });
    }
  });

  it('refuses a second campaign with NUMBER_ALREADY_ASSIGNED (409)', async () => {
    const phoneNumber = await ownedNumber();
    const [first, second] = [await approvedCampaign(), await approvedCampaign()];
    await assign(phoneNumber, first.campaignId);
    expect((await assign(phoneNumber, second.campaignId)).json()).toMatchObject({
      code: 'NUMBER_ALREADY_ASSIGNED',
    });
  });

  it('gives a sole proprietor one number: of two simultaneous requests one wins; unassigning frees the slot', async () => {
    const [a, b] = [await ownedNumber(), await ownedNumber()];
    const { campaignId } = await approvedCampaign({ soleProprietor: true });
    const answers = await Promise.all([assign(a, campaignId), assign(b, campaignId)]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([202, 409]);
    const refused = answers.find((r) => r.statusCode === 409);
    expect(refused?.json()).toMatchObject({ code: 'SOLE_PROPRIETOR_NUMBER_LIMIT' });
    const winner = answers[0]?.statusCode === 202 ? a : b;
    const loser = winner === a ? b : a;
    const unassigned = await h.app.inject({
      method: 'DELETE',
      url: path(winner, '/campaign'),
      headers: account,
    });
    expect(unassigned.json()).toMatchObject({ status: 'AVAILABLE', campaign: null });
    expect((await assign(loser, campaignId)).statusCode).toBe(202);
  });

  it('unlinks the numbers of a campaign that expires, and tells the provider', async () => {
    const phoneNumber = await ownedNumber();
    const { campaignId } = await approvedCampaign();
    await assign(phoneNumber, campaignId);
    await h.campaignEvents({ type: 'CampaignExpired', data: { campaignId } });
    expect((await get(phoneNumber)).json()).toMatchObject({ status: 'AVAILABLE', campaign: null });
    await h.provision();
    expect(h.fake.calls).toContainEqual({ op: 'unassign', phoneNumber });
  });
});

describe('Numbers API > release and suspension', () => {
  it('releases an assigned number: it leaves its campaign, goes back to the provider, and leaves the listing', async () => {
    const phoneNumber = await ownedNumber();
    const { campaignId } = await approvedCampaign();
    await assign(phoneNumber, campaignId);
    const released = await h.app.inject({ method: 'DELETE', url: path(phoneNumber), headers: account });
    expect(released.statusCode).toBe(202);
    expect(released.json()).toMatchObject({ status: 'RELEASED', campaign: null });
    await h.provision();
    expect(h.fake.calls).toContainEqual({ op: 'release', phoneNumber });
    const listing = await h.app.inject({ url: '/numbers?limit=500', headers: account });
    expect(listing.json().data.map((n: { phoneNumber: string }) => n.phoneNumber)).not.toContain(phoneNumber);
  });

  it('suspends a number (it keeps its campaign) and reinstates it', async () => {
    const phoneNumber = await ownedNumber();
    const suspended = await h.app.inject({
      method: 'PUT',
      url: path(phoneNumber, '/suspension'),
      headers: account,
      payload: { reason: 'spam complaints' },
    });
    expect(suspended.json()).toMatchObject({ status: 'SUSPENDED', suspensionReason: 'spam complaints' });
    const reinstated = await h.app.inject({
      method: 'DELETE',
      url: path(phoneNumber, '/suspension'),
      headers: account,
    });
    expect(reinstated.json()).toMatchObject({ status: 'AVAILABLE', suspensionReason: null });
  });

  it('lists the account’s numbers by status', async () => {
    const phoneNumber = await ownedNumber();
    const listing = await h.app.inject({ url: '/numbers?status=AVAILABLE&limit=500', headers: account });
    expect(listing.statusCode).toBe(200);
    expect(listing.json().data).toContainEqual(expect.objectContaining({ phoneNumber, status: 'AVAILABLE' }));
    const bad = await h.app.inject({ url: '/numbers?status=GONE', headers: account });
    expect(bad.statusCode).toBe(400);
  });

  it('pages with cursor and nextCursor: the last page, full or not, points at no further page', async () => {
    const pager = { 'x-account-id': `acct-${randomUUID()}` };
    const numbers = [offered(), offered(), offered(), offered()];
    for (const phoneNumber of numbers) expect((await order(phoneNumber, pager)).statusCode).toBe(202);
    const page = async (query: string) => {
      const { data, nextCursor } = (
        await h.app.inject({ url: `/numbers?limit=2${query}`, headers: pager })
      ).json();
      return { numbers: data.map((n: { phoneNumber: string }) => n.phoneNumber), nextCursor };
    };
    const first = await page('');
    expect(first.numbers).toEqual(numbers.slice(0, 2));
    const second = await page(`&cursor=${first.nextCursor}`);
    expect(second).toEqual({ numbers: numbers.slice(2), nextCursor: null });
    const bad = await h.app.inject({ url: '/numbers?cursor=nope', headers: pager });
    expect([bad.statusCode, bad.json().errors]).toEqual([
      400,
      [{ field: 'query.cursor', message: 'is not a cursor this API gave' }],
    ]);
  });
});

describe('Numbers API > searching', () => {
  it('refuses a search without an area code or state, or with malformed ones, naming each field', async () => {
    const none = await h.app.inject({ url: '/available-numbers', headers: account });
    expect(none.statusCode).toBe(400);
    const bad = await h.app.inject({ url: '/available-numbers?areaCode=12&state=New', headers: account });
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['areaCode', 'state']);
  });

  it('searches the provider by area code', async () => {
    const phoneNumber = offered();
    const found = await h.app.inject({ url: '/available-numbers?areaCode=212&limit=100', headers: account });
    expect(found.json().data).toContainEqual(expect.objectContaining({ phoneNumber, region: 'NY' }));
  });
});

const authorisation = {
  entityName: 'Acme Dental LLC',
  authorisedPerson: 'Ada Acme',
  accountNumber: '4410-22-981',
  pin: '7731',
  serviceAddress: {
    street: '123 Main St',
    city: 'New York',
    state: 'ny',
    postalCode: '10001',
    country: 'US',
  },
};
const portIn = (phoneNumber: string, body: Record<string, unknown> = { authorisation }) =>
  h.app.inject({
    method: 'POST',
    url: '/numbers/port-ins',
    headers: account,
    payload: { phoneNumber, ...body },
  });

describe('Numbers API > port-ins', () => {
  it('brings a number from another carrier: PORTING at once, AVAILABLE once the provider has moved it', async () => {
    const phoneNumber = `+1646555${String(++line).padStart(4, '0')}`;
    const requested = await portIn(phoneNumber);
    expect(requested.statusCode).toBe(202);
    expect(requested.json()).toMatchObject({
      phoneNumber,
      status: 'PORTING',
      areaCode: '646',
      region: 'NY',
      monthlyCost: null,
    });
    const porting = await h.app.inject({ url: '/numbers?status=PORTING&limit=500', headers: account });
    expect(porting.json().data).toContainEqual(expect.objectContaining({ phoneNumber, status: 'PORTING' }));
    await h.provision();
    expect(h.fake.calls).toContainEqual({
      op: 'portIn',
      phoneNumber,
      authorisation: { ...authorisation, serviceAddress: { ...authorisation.serviceAddress, state: 'NY' } },
    });
    await h.reconcile();
    expect((await get(phoneNumber)).json()).toMatchObject({ status: 'PORTING' });
    for (const [id, known] of h.fake.answers.portIns)
      h.fake.answers.portIns.set(id, { ...known, status: 'ported' });
    await h.reconcile();
    expect((await get(phoneNumber)).json()).toMatchObject({ status: 'AVAILABLE' });
  });

  it('never writes the account number or PIN into the event log', async () => {
    const phoneNumber = `+1646555${String(++line).padStart(4, '0')}`;
    await portIn(phoneNumber);
    await h.provision();
    const payloads = (await h.db('events').select('data')).map((row) => JSON.stringify(row.data));
    expect(payloads.join('\n')).not.toContain(authorisation.accountNumber);
    expect(payloads.join('\n')).not.toContain(authorisation.pin);
  });

  it('records a port the provider refuses as RELEASED with its reason', async () => {
    h.fake.answers.portIn = 'refuse';
    try {
      const phoneNumber = `+1646555${String(++line).padStart(4, '0')}`;
      await portIn(phoneNumber);
      await h.provision();
      expect((await get(phoneNumber)).json()).toMatchObject({
        status: 'RELEASED',
        releaseReason: expect.stringContaining('account_number'),
      });
    } finally {
      h.fake.answers.portIn = 'pending';
    }
  });

  it('refuses a port-in without its authorisation fields, naming each, recording nothing', async () => {
    const before = await eventCount();
    const response = await portIn('+16465550000', {
      authorisation: {
        entityName: 'Acme',
        serviceAddress: { street: '1 Main St', city: 'NYC', state: 'NYC', postalCode: '1', country: 'US' },
      },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'authorisation.authorisedPerson',
        'authorisation.accountNumber',
        'authorisation.serviceAddress.state',
        'authorisation.serviceAddress.postalCode',
      ]),
    );
    expect(await eventCount()).toBe(before);
  });

  it('refuses a number the account already holds with NUMBER_NOT_AVAILABLE, and a toll-free one with 400', async () => {
    const phoneNumber = await ownedNumber();
    expect((await portIn(phoneNumber)).json()).toMatchObject({ code: 'NUMBER_NOT_AVAILABLE', status: 409 });
    const tollFree = await portIn('+18005550100');
    expect(tollFree.statusCode).toBe(400);
  });
});
