import { createLogger, loadConfig } from '@longcode/kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app.js';
import { configSchema } from '../config.js';
import { signingKeyFrom } from '../signing.js';

const apps: Array<ReturnType<typeof buildApp>> = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

/** The simulator, its losing carriers answering port-ins after the given delays. */
function simulator(env: Record<string, string> = {}) {
  const config = loadConfig(configSchema, {
    SIM_API_KEY: 'sim-key',
    SIM_NUMBER_ORDER_DELAY_MS: '0',
    SIM_PORT_IN_FOC_DELAY_MS: '20',
    SIM_PORT_IN_DELAY_MS: '40',
    ...env,
  });
  const logger = createLogger({ level: 'silent', service: 'simulator' });
  const fetch: typeof globalThis.fetch = async () => new Response(null, { status: 200 });
  const app = buildApp({ logger, config, signingKey: signingKeyFrom(undefined), fetch });
  apps.push(app);
  return app;
}

type App = ReturnType<typeof simulator>;
const auth = { authorization: 'Bearer sim-key' };
const call = (app: App, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
  app.inject({
    method,
    url,
    headers: auth,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

const endUser = {
  admin: {
    entity_name: 'Acme Dental LLC',
    auth_person_name: 'Dana Whitfield',
    account_number: '8352-99017',
    pin_passcode: '4821',
  },
  location: {
    street_address: '1600 Champa St',
    locality: 'Denver',
    administrative_area: 'CO',
    postal_code: '80202',
    country_code: 'US',
  },
};

async function draft(app: App, phoneNumber = '+13032347788', reference = 'port-1') {
  const created = await call(app, 'POST', '/v2/porting_orders', {
    phone_numbers: [phoneNumber],
    customer_reference: reference,
  });
  expect(created.statusCode).toBe(201);
  return created.json().data[0].id as string;
}

/** A porting order filled in and submitted: its id. */
async function submitted(app: App, phoneNumber?: string, reference?: string) {
  const id = await draft(app, phoneNumber, reference);
  const update = { end_user: endUser, phone_number_configuration: { messaging_profile_id: 'profile-1' } };
  expect((await call(app, 'PATCH', `/v2/porting_orders/${id}`, update)).statusCode).toBe(200);
  expect((await call(app, 'POST', `/v2/porting_orders/${id}/actions/confirm`)).statusCode).toBe(200);
  return id;
}

const pointers = (body: { errors: Array<{ source: { pointer: string } }> }) =>
  body.errors.map((e) => e.source.pointer);

describe('Simulator > POST /v2/porting_orders', () => {
  it("creates a draft in Telnyx's shape, in a list", async () => {
    const app = simulator();
    const created = await call(app, 'POST', '/v2/porting_orders', {
      phone_numbers: ['+13032347788'],
      customer_reference: 'port-1',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().data).toMatchObject([
      {
        record_type: 'porting_order',
        customer_reference: 'port-1',
        status: { value: 'draft', details: [] },
        support_key: null,
        end_user: { admin: { entity_name: null }, location: { postal_code: null } },
        activation_settings: { foc_datetime_actual: null },
        phone_numbers: [{ phone_number: '+13032347788', porting_order_status: 'draft' }],
        created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      },
    ]);
  });

  it.each([
    ['a number not in E.164', '303-234-7788', '10016'],
    ['a toll-free number', '+18002345678', '10015'],
    ['a fictional 555 number', '+13035550123', '10015'],
  ])('answers 422 for %s', async (_, number, code) => {
    const response = await call(simulator(), 'POST', '/v2/porting_orders', { phone_numbers: [number] });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ errors: [{ code, source: { pointer: '/phone_numbers/0' } }] });
  });

  it('answers 422 for a number the account already ordered, or another submitted port holds', async () => {
    const app = simulator();
    const search = await call(
      app,
      'GET',
      '/v2/available_phone_numbers?filter[national_destination_code]=970&filter[limit]=1',
    );
    const [{ phone_number: sold }] = search.json().data;
    await call(app, 'POST', '/v2/number_orders', { phone_numbers: [{ phone_number: sold }] });
    const refused = await call(app, 'POST', '/v2/porting_orders', { phone_numbers: [sold] });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0].detail).toContain('already on this account (number order');
    await submitted(app, '+13032347788');
    const held = await call(app, 'POST', '/v2/porting_orders', { phone_numbers: ['+13032347788'] });
    expect(held.json().errors[0].detail).toContain('already in porting order');
  });

  it('answers 422 without numbers, 400 to a body that is not an object', async () => {
    const app = simulator();
    const empty = await call(app, 'POST', '/v2/porting_orders', { phone_numbers: [] });
    expect(empty.json()).toMatchObject({
      errors: [{ code: '10004', source: { pointer: '/phone_numbers' } }],
    });
    expect((await call(app, 'POST', '/v2/porting_orders', [1])).statusCode).toBe(400);
  });
});

describe('Simulator > PATCH /v2/porting_orders/:id', () => {
  it('answers 422 naming each required end-user field left missing, and keeps the draft as it was', async () => {
    const app = simulator();
    const id = await draft(app);
    const partial = { end_user: { admin: { entity_name: 'Acme Dental LLC', account_number: ' ' } } };
    const refused = await call(app, 'PATCH', `/v2/porting_orders/${id}`, partial);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0]).toMatchObject({ code: '10004', title: 'Missing required parameter' });
    expect(pointers(refused.json())).toEqual([
      '/end_user/admin/auth_person_name',
      '/end_user/admin/account_number',
      '/end_user/location/street_address',
      '/end_user/location/locality',
      '/end_user/location/administrative_area',
      '/end_user/location/postal_code',
      '/end_user/location/country_code',
    ]);
    const order = (await call(app, 'GET', `/v2/porting_orders/${id}`)).json().data;
    expect(order.end_user.admin.entity_name).toBeNull();
  });

  it('keeps what a body leaves out, and refuses a field of the wrong type', async () => {
    const app = simulator();
    const id = await draft(app);
    await call(app, 'PATCH', `/v2/porting_orders/${id}`, { end_user: endUser });
    const edited = await call(app, 'PATCH', `/v2/porting_orders/${id}`, {
      messaging: { enable_messaging: true },
    });
    expect(edited.json().data).toMatchObject({ end_user: endUser, messaging: { enable_messaging: true } });
    const wrong = await call(app, 'PATCH', `/v2/porting_orders/${id}`, {
      end_user: { admin: { pin_passcode: 1234 } },
    });
    expect(wrong.json()).toMatchObject({
      errors: [{ code: '10020', source: { pointer: '/end_user/admin/pin_passcode' } }],
    });
  });
});

describe('Simulator > POST /v2/porting_orders/:id/actions/confirm', () => {
  it('refuses a draft without its end user, naming each missing field', async () => {
    const app = simulator();
    const id = await draft(app);
    const refused = await call(app, 'POST', `/v2/porting_orders/${id}/actions/confirm`);
    expect(refused.statusCode).toBe(422);
    expect(pointers(refused.json())).toHaveLength(8);
  });

  it('submits: in-process, then FOC date confirmed, then ported; the number is owned as an ordered one', async () => {
    const app = simulator({ SIM_PORT_IN_FOC_DELAY_MS: '30', SIM_PORT_IN_DELAY_MS: '300' });
    const id = await draft(app);
    await call(app, 'PATCH', `/v2/porting_orders/${id}`, {
      end_user: endUser,
      phone_number_configuration: { messaging_profile_id: 'profile-1' },
    });
    const confirmed = await call(app, 'POST', `/v2/porting_orders/${id}/actions/confirm`);
    expect(confirmed.json().data).toMatchObject({
      status: { value: 'in-process' },
      support_key: expect.stringMatching(/^sr_[0-9a-f]{6}$/),
    });
    expect((await call(app, 'POST', `/v2/porting_orders/${id}/actions/confirm`)).statusCode).toBe(422);
    expect((await call(app, 'PATCH', `/v2/porting_orders/${id}`, { end_user: endUser })).statusCode).toBe(
      422,
    );
    const order = async () => (await call(app, 'GET', `/v2/porting_orders/${id}`)).json().data;
    await vi.waitFor(async () =>
      expect(await order()).toMatchObject({
        status: { value: 'foc-date-confirmed' },
        activation_settings: { foc_datetime_actual: expect.stringMatching(/Z$/) },
      }),
    );
    await vi.waitFor(async () => expect((await order()).status.value).toBe('ported'));
    const listed = (await call(app, 'GET', '/v2/phone_numbers?filter[phone_number]=13032347788')).json().data;
    expect(listed).toMatchObject([
      {
        phone_number: '+13032347788',
        status: 'active',
        customer_reference: 'port-1',
        messaging_profile_id: 'profile-1',
      },
    ]);
    const control = (await app.inject({ method: 'GET', url: '/simulator/numbers' })).json();
    expect(control.numbers).toMatchObject([
      { phoneNumber: '+13032347788', orderId: null, portingOrderId: id },
    ]);
    expect(control.portIns).toMatchObject([{ id, status: 'ported', phoneNumbers: ['+13032347788'] }]);
  });

  it('holds the number while the port is under way: it cannot be ordered', async () => {
    const app = simulator({ SIM_PORT_IN_FOC_DELAY_MS: '60000', SIM_PORT_IN_DELAY_MS: '60000' });
    await submitted(app);
    const order = await call(app, 'POST', '/v2/number_orders', {
      phone_numbers: [{ phone_number: '+13032347788' }],
    });
    expect(order.statusCode).toBe(422);
  });

  it('ends in exception, with the reason, for a number matching SIM_FAIL_PORT_IN_NUMBERS', async () => {
    const app = simulator({ SIM_FAIL_PORT_IN_NUMBERS: '^\\+1720' });
    const id = await submitted(app, '+17202345566');
    await vi.waitFor(async () =>
      expect((await call(app, 'GET', `/v2/porting_orders/${id}`)).json().data.status).toEqual({
        value: 'exception',
        details: [
          { code: 'ACCOUNT_NUMBER_MISMATCH', description: 'Account number does not match that on the CSR' },
        ],
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 60)); // past the port delay: it never ports
    const listed = await call(app, 'GET', '/v2/phone_numbers?filter[phone_number]=17202345566');
    expect(listed.json().data).toEqual([]);
  });
});

describe('Simulator > GET /v2/porting_orders', () => {
  it('lists the orders of a customer reference, with or without their numbers', async () => {
    const app = simulator();
    const id = await draft(app, '+13032347788', 'port-1');
    await draft(app, '+13032347789', 'port-2');
    const listed = await call(app, 'GET', '/v2/porting_orders?filter[customer_reference]=port-1');
    expect(listed.json()).toMatchObject({ data: [{ id, phone_numbers: [{}] }], meta: { total_results: 1 } });
    const bare = await call(
      app,
      'GET',
      '/v2/porting_orders?filter[customer_reference]=port-1&include_phone_numbers=false',
    );
    expect(bare.json().data[0]).not.toHaveProperty('phone_numbers');
  });

  it('answers 404 for a porting order it does not know', async () => {
    expect((await call(simulator(), 'GET', '/v2/porting_orders/nope')).statusCode).toBe(404);
  });

  it('waits 300 ms for the FOC date and 600 ms for the port, unless configured', () => {
    const config = loadConfig(configSchema, { SIM_API_KEY: 'k' });
    expect(config).toMatchObject({ SIM_PORT_IN_FOC_DELAY_MS: 300, SIM_PORT_IN_DELAY_MS: 600 });
    expect(config.SIM_FAIL_PORT_IN_NUMBERS).toBeUndefined();
  });
});
