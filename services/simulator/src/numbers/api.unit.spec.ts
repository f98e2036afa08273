import { createLogger, loadConfig } from '@longcode/kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app.js';
import { configSchema } from '../config.js';
import { acmeBrandRequest, acmeCampaignRequest } from '../registry.spec-support.js';
import { signingKeyFrom } from '../signing.js';

const apps: Array<ReturnType<typeof buildApp>> = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

/** The simulator: registry decisions at once, number orders and assignments after the given delays. */
function simulator(env: Record<string, string> = {}) {
  const config = loadConfig(configSchema, {
    SIM_API_KEY: 'sim-key',
    SIM_BRAND_DECISION_DELAY_MS: '0',
    SIM_NUMBER_ORDER_DELAY_MS: '0',
    SIM_NUMBER_ASSIGNMENT_DELAY_MS: '0',
    ...env,
  });
  const fetch: typeof globalThis.fetch = async () => new Response(null, { status: 200 }); // webhooks
  const logger = createLogger({ level: 'silent', service: 'simulator' });
  const app = buildApp({ logger, config, signingKey: signingKeyFrom(undefined), fetch });
  apps.push(app);
  return app;
}

type App = ReturnType<typeof simulator>;
const auth = { authorization: 'Bearer sim-key' };
const get = (app: App, url: string) => app.inject({ method: 'GET', url, headers: auth });
const post = (app: App, url: string, payload: unknown) =>
  app.inject({ method: 'POST', url, headers: auth, payload: payload as object });
const del = (app: App, url: string) => app.inject({ method: 'DELETE', url, headers: auth });

const orderOf = (phoneNumber: string, customer_reference = 'ref-1') => ({
  phone_numbers: [{ phone_number: phoneNumber }],
  customer_reference,
  messaging_profile_id: 'profile-1',
});

async function search(app: App, query: string): Promise<string[]> {
  const response = await get(app, `/v2/available_phone_numbers?${query}`);
  expect(response.statusCode).toBe(200);
  return response.json().data.map((n: { phone_number: string }) => n.phone_number);
}

/** A number the account owns, active. */
async function ownedNumber(app: App, areaCode = '970'): Promise<{ phoneNumber: string; id: string }> {
  const [phoneNumber = ''] = await search(
    app,
    `filter[national_destination_code]=${areaCode}&filter[limit]=1`,
  );
  expect((await post(app, '/v2/number_orders', orderOf(phoneNumber))).statusCode).toBe(200);
  const digits = phoneNumber.slice(1);
  return vi.waitFor(async () => {
    const [owned] = (await get(app, `/v2/phone_numbers?filter[phone_number]=${digits}`)).json().data;
    expect(owned.status).toBe('active');
    return { phoneNumber, id: owned.id as string };
  });
}

/** A campaign submitted for a registered brand: its Telnyx id. */
async function submittedCampaign(app: App): Promise<string> {
  const brand = await post(app, '/v2/10dlc/brand', acmeBrandRequest);
  const { brandId } = brand.json();
  await vi.waitFor(async () =>
    expect((await get(app, `/v2/10dlc/brand/${brandId}`)).json().status).toBe('OK'),
  );
  const campaign = await post(app, '/v2/10dlc/campaignBuilder', acmeCampaignRequest(brandId));
  return campaign.json().campaignId;
}

/** A campaign the simulated carriers provisioned, with its Telnyx and TCR ids. */
async function approvedCampaign(app: App): Promise<{ campaignId: string; tcrCampaignId: string }> {
  const campaignId = await submittedCampaign(app);
  return vi.waitFor(async () => {
    const campaign = (await get(app, `/v2/10dlc/campaign/${campaignId}`)).json();
    expect(campaign.campaignStatus).toBe('MNO_PROVISIONED');
    return { campaignId, tcrCampaignId: campaign.tcrCampaignId as string };
  });
}

describe('Simulator > GET /v2/available_phone_numbers', () => {
  it("answers the area code's numbers in Telnyx's shape, the same for the same search", async () => {
    const app = simulator();
    const response = await get(
      app,
      '/v2/available_phone_numbers?filter[national_destination_code]=970&filter[limit]=3',
    );
    expect(response.json()).toMatchObject({
      data: [
        { phone_number: expect.stringMatching(/^\+1970/), record_type: 'available_phone_number' },
        {},
        {},
      ],
      meta: { total_results: 3 },
    });
    expect(await search(app, 'filter[national_destination_code]=970&filter[limit]=3')).toEqual(
      response.json().data.map((n: { phone_number: string }) => n.phone_number),
    );
  });

  it('answers 400 in Telnyx error shape to a bad filter', async () => {
    const response = await get(simulator(), '/v2/available_phone_numbers?filter[limit]=500');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ code: '10015' }] });
  });

  it('needs the API key', async () => {
    const response = await simulator().inject({ method: 'GET', url: '/v2/available_phone_numbers' });
    expect(response.statusCode).toBe(401);
  });
});

describe('Simulator > POST /v2/number_orders', () => {
  it('creates the order pending, then completes it: the number is active on the account', async () => {
    const app = simulator({ SIM_NUMBER_ORDER_DELAY_MS: '50' });
    const [phoneNumber = ''] = await search(app, 'filter[national_destination_code]=312&filter[limit]=1');
    const created = await post(app, '/v2/number_orders', orderOf(phoneNumber));
    expect(created.statusCode).toBe(200);
    const order = created.json().data;
    expect(order).toMatchObject({
      record_type: 'number_order',
      status: 'pending',
      customer_reference: 'ref-1',
      messaging_profile_id: 'profile-1',
      phone_numbers: [
        { phone_number: phoneNumber, status: 'pending', record_type: 'number_order_phone_number' },
      ],
    });
    expect(await search(app, 'filter[national_destination_code]=312&filter[limit]=1')).not.toContain(
      phoneNumber,
    );
    await vi.waitFor(async () =>
      expect((await get(app, `/v2/number_orders/${order.id}`)).json().data.status).toBe('success'),
    );
    const listed = (await get(app, `/v2/phone_numbers?filter[phone_number]=${phoneNumber.slice(1)}`)).json();
    expect(listed.data).toMatchObject([
      { phone_number: phoneNumber, status: 'active', customer_reference: 'ref-1' },
    ]);
    const byReference = (await get(app, '/v2/number_orders?filter[customer_reference]=ref-1')).json();
    expect(byReference.data).toMatchObject([
      { id: order.id, phone_numbers: [{ phone_number: phoneNumber }] },
    ]);
  });

  it.each([
    ['a number someone ordered', 'taken', '10015'],
    ['a fictional 555-01XX number', '+12125550123', '10015'],
    ['a toll-free number', '+18002345678', '10015'],
    ['a number not in E.164', '970-234-5678', '10016'],
  ])('answers 422 for %s', async (_, number, code) => {
    const app = simulator();
    const taken = number === 'taken' ? (await ownedNumber(app)).phoneNumber : number;
    const response = await post(app, '/v2/number_orders', orderOf(taken, 'ref-2'));
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      errors: [{ code, source: { pointer: '/phone_numbers/0/phone_number' } }],
    });
  });

  it('answers 422 without numbers, 400 to a body that is not an object', async () => {
    const app = simulator();
    expect((await post(app, '/v2/number_orders', { phone_numbers: [] })).json()).toMatchObject({
      errors: [{ code: '10004', source: { pointer: '/phone_numbers' } }],
    });
    expect((await post(app, '/v2/number_orders', [1])).statusCode).toBe(400);
  });

  it('answers 404 for an order it does not know', async () => {
    expect((await get(simulator(), '/v2/number_orders/nope')).statusCode).toBe(404);
  });
});

describe('Simulator > DELETE /v2/phone_numbers/:id', () => {
  it('releases the number: off the account, and orderable again', async () => {
    const app = simulator();
    const { phoneNumber, id } = await ownedNumber(app);
    const released = await del(app, `/v2/phone_numbers/${id}`);
    expect(released.json().data).toMatchObject({ phone_number: phoneNumber, status: 'deleted' });
    expect(
      (await get(app, `/v2/phone_numbers?filter[phone_number]=${phoneNumber.slice(1)}`)).json().data,
    ).toEqual([]);
    expect((await del(app, `/v2/phone_numbers/${id}`)).statusCode).toBe(404);
    expect((await post(app, '/v2/number_orders', orderOf(phoneNumber, 'ref-3'))).statusCode).toBe(200);
  });

  it('fails the order of a number released while it was pending', async () => {
    const app = simulator({ SIM_NUMBER_ORDER_DELAY_MS: '50' });
    const [phoneNumber = ''] = await search(app, 'filter[national_destination_code]=970&filter[limit]=1');
    const order = (await post(app, '/v2/number_orders', orderOf(phoneNumber))).json().data;
    const [pending] = (
      await get(app, `/v2/phone_numbers?filter[phone_number]=${phoneNumber.slice(1)}`)
    ).json().data;
    expect(pending.status).toBe('purchase-pending');
    await del(app, `/v2/phone_numbers/${pending.id}`);
    await vi.waitFor(async () =>
      expect((await get(app, `/v2/number_orders/${order.id}`)).json().data).toMatchObject({
        status: 'failure',
        phone_numbers: [{ status: 'failure' }],
      }),
    );
  });

  it('lists nothing for a filter with non-digits, as Telnyx documents', async () => {
    const app = simulator();
    const { phoneNumber } = await ownedNumber(app);
    const response = await get(
      app,
      `/v2/phone_numbers?filter[phone_number]=${encodeURIComponent(phoneNumber)}`,
    );
    expect(response.json().data).toEqual([]);
  });
});

describe('Simulator > /v2/10dlc/phone_number_campaigns', () => {
  it('links an owned number to a provisioned campaign, pending, then assigned; reads and unlinks it', async () => {
    const app = simulator({ SIM_NUMBER_ASSIGNMENT_DELAY_MS: '50' });
    const { campaignId, tcrCampaignId } = await approvedCampaign(app);
    const { phoneNumber } = await ownedNumber(app);
    const linked = await post(app, '/v2/10dlc/phone_number_campaigns', {
      phoneNumber,
      campaignId: tcrCampaignId,
    });
    expect(linked.statusCode).toBe(200);
    expect(linked.json()).toMatchObject({
      phoneNumber,
      campaignId,
      telnyxCampaignId: campaignId,
      tcrCampaignId,
      assignmentStatus: 'PENDING_ASSIGNMENT',
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/),
    });
    const url = `/v2/10dlc/phone_number_campaigns/${encodeURIComponent(phoneNumber)}`;
    await vi.waitFor(async () => expect((await get(app, url)).json().assignmentStatus).toBe('ASSIGNED'));
    const notOwned = await post(app, '/v2/10dlc/phone_number_campaigns', {
      phoneNumber: '+19702345678',
      campaignId,
    });
    expect(notOwned.statusCode).toBe(404);
    expect(notOwned.json()).toMatchObject({
      errors: [{ code: '10005', source: { pointer: '/phoneNumber' } }],
    });
    const again = await post(app, '/v2/10dlc/phone_number_campaigns', { phoneNumber, campaignId });
    expect(again.statusCode).toBe(422);
    expect(again.json().errors[0].detail).toContain('already assigned');
    expect((await del(app, url)).statusCode).toBe(200);
    expect((await get(app, url)).statusCode).toBe(404);
    expect((await del(app, url)).statusCode).toBe(404);
  });

  it('fails the assignment of a number matching SIM_FAIL_ASSIGNMENT_NUMBERS', async () => {
    const app = simulator({ SIM_FAIL_ASSIGNMENT_NUMBERS: '^\\+1970' });
    const { campaignId } = await approvedCampaign(app);
    const { phoneNumber } = await ownedNumber(app, '970');
    await post(app, '/v2/10dlc/phone_number_campaigns', { phoneNumber, campaignId });
    const url = `/v2/10dlc/phone_number_campaigns/${encodeURIComponent(phoneNumber)}`;
    await vi.waitFor(async () =>
      expect((await get(app, url)).json()).toMatchObject({
        assignmentStatus: 'FAILED_ASSIGNMENT',
        failureReasons: expect.stringContaining('T-Mobile'),
      }),
    );
  });

  it('refuses an unknown campaign (404), and one the carriers have not provisioned yet (422)', async () => {
    const app = simulator({ SIM_CAMPAIGN_DECISION_DELAY_MS: '3600000' });
    const { phoneNumber } = await ownedNumber(app);
    const assign = (body: object) => post(app, '/v2/10dlc/phone_number_campaigns', body);
    const unknown = await assign({ phoneNumber, campaignId: 'CNOPE00' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ errors: [{ code: '10005', source: { pointer: '/campaignId' } }] });
    const pendingCampaign = await submittedCampaign(app);
    const pending = await assign({ phoneNumber, campaignId: pendingCampaign });
    expect(pending.statusCode).toBe(422);
    expect(pending.json().errors[0].detail).toContain('TCR_PENDING');
  });

  it('answers 422 naming each missing field', async () => {
    const response = await post(simulator(), '/v2/10dlc/phone_number_campaigns', {});
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { source: { pointer: string } }) => e.source.pointer)).toEqual([
      '/phoneNumber',
      '/campaignId',
    ]);
  });
});

describe('Simulator > GET /simulator/numbers', () => {
  it('lists the numbers on the account, with their order and campaign link', async () => {
    const app = simulator();
    const { phoneNumber, id } = await ownedNumber(app);
    const { numbers, orders } = (await app.inject({ method: 'GET', url: '/simulator/numbers' })).json();
    expect(numbers).toEqual([
      {
        phoneNumber,
        id,
        status: 'active',
        orderId: orders[0].id,
        portingOrderId: null,
        customerReference: 'ref-1',
        messagingProfileId: 'profile-1',
        assignment: null,
      },
    ]);
  });
});
