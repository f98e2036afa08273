import { describe, expect, it } from 'vitest';
import type { PortInAuthorisation } from '../port.js';
import { toPortingUpdate } from './porting-order.js';
import { type Answer, failureOf, fixture, ok, telnyxAnswering } from './spec-support.js';

const PORTING_ID = 'eef10fb8-f3df-4c67-97c5-e18179723222';
const LIST = 'GET /v2/porting_orders';
const CREATE = 'POST /v2/porting_orders';
const UPDATE = `PATCH /v2/porting_orders/${PORTING_ID}`;
const CONFIRM = `POST /v2/porting_orders/${PORTING_ID}/actions/confirm`;
const STATUS = `GET /v2/porting_orders/${PORTING_ID}`;
const LOOKUP = 'GET /v2/phone_numbers';
const none: Answer = { status: 200, body: { data: [], meta: { total_results: 0 } } };

const authorisation: PortInAuthorisation = {
  entityName: 'Acme Dental LLC',
  authorisedPerson: 'Dana Whitfield',
  accountNumber: '8352-99017',
  pin: '4821',
  serviceAddress: {
    street: '600 Congress Avenue',
    city: 'Austin',
    state: 'TX',
    postalCode: '78701',
    country: 'US',
  },
};
const request = { referenceId: 'port-0192f3', phoneNumber: '+19705555098', authorisation };

/** A porting order fixture with another status. */
function withStatus(name: string, value: string): Answer {
  const order = fixture(name) as { data: object };
  return { status: 200, body: { data: { ...order.data, status: { details: [], value } } } };
}

const routes = (over: Record<string, Answer> = {}) => ({
  [LIST]: none,
  [CREATE]: { status: 201, body: fixture('porting-orders.created.json') },
  [UPDATE]: ok('porting-order.update.request.json'),
  [CONFIRM]: ok('porting-order.in-process.json'),
  ...over,
});
const called = (calls: Array<{ method: string; path: string }>) => calls.map((c) => `${c.method} ${c.path}`);

describe('Telnyx numbers > portIn', () => {
  it('creates the draft, fills in the losing carrier account, and submits it: pending', async () => {
    const { provider, calls } = telnyxAnswering(routes());
    expect(await provider.portIn(request)).toEqual({
      providerPortingId: PORTING_ID,
      status: 'pending',
      focDate: null,
      failureReason: null,
      providerNumberId: null,
    });
    expect(called(calls)).toEqual([LIST, CREATE, UPDATE, CONFIRM]);
    expect(calls[0]?.query).toEqual({ 'filter[customer_reference]': 'port-0192f3' });
    expect(calls[1]?.body).toEqual(fixture('porting-order.request.json'));
    expect(calls[2]?.body).toEqual(fixture('porting-order.update.request.json'));
    expect(calls[2]?.headers.get('content-type')).toBe('application/json');
    expect(calls[3]?.body).toBeUndefined();
  });

  it('sends no PIN when the losing carrier uses none, and no profile when none is configured', () => {
    const update = toPortingUpdate({ ...authorisation, pin: null }, undefined);
    expect(update.end_user.admin).not.toHaveProperty('pin_passcode');
    expect(update).not.toHaveProperty('phone_number_configuration');
    expect(update.messaging).toEqual({ enable_messaging: true });
  });

  describe('when a first attempt already created the porting order (a retry)', () => {
    it('submits the draft it left, without creating another', async () => {
      const { provider, calls } = telnyxAnswering(routes({ [LIST]: ok('porting-orders.list.json') }));
      expect(await provider.portIn(request)).toMatchObject({
        providerPortingId: PORTING_ID,
        status: 'pending',
      });
      expect(called(calls)).toEqual([LIST, UPDATE, CONFIRM]);
    });

    it('answers the order it already submitted, without touching it', async () => {
      const order = fixture('porting-order.in-process.json') as { data: object };
      const { provider, calls } = telnyxAnswering(
        routes({ [LIST]: { status: 200, body: { data: [order.data] } } }),
      );
      expect(await provider.portIn(request)).toMatchObject({
        providerPortingId: PORTING_ID,
        status: 'pending',
      });
      expect(called(calls)).toEqual([LIST]);
    });

    it("creates a new one when the reference's order is for another number", async () => {
      const listed = fixture('porting-orders.list.json') as { data: Array<{ phone_numbers: object[] }> };
      const other = { ...listed.data[0], phone_numbers: [{ phone_number: '+13125550142' }] };
      const { provider, calls } = telnyxAnswering(
        routes({ [LIST]: { status: 200, body: { data: [other] } } }),
      );
      await provider.portIn(request);
      expect(called(calls)).toEqual([LIST, CREATE, UPDATE, CONFIRM]);
    });
  });

  it('fails for good with Telnyx error detail when Telnyx refuses the account details (422)', async () => {
    const { provider, calls } = telnyxAnswering(
      routes({ [UPDATE]: { status: 422, body: fixture('porting-order.error-422.json') } }),
    );
    const error = await failureOf(provider.portIn(request));
    expect(error).toMatchObject({ retriable: false, status: 422 });
    expect(error.message).toContain(
      "10004 Missing required parameter: The end user's entity name is required. (/end_user/admin/entity_name)",
    );
    expect(error.message).toContain('(/end_user/admin/account_number)');
    expect(called(calls)).not.toContain(CONFIRM);
  });

  it('fails for good when Telnyx refuses to port the number (422)', async () => {
    const { provider } = telnyxAnswering(
      routes({ [CREATE]: { status: 422, body: fixture('porting-orders.error-422.json') } }),
    );
    const error = await failureOf(provider.portIn(request));
    expect(error).toMatchObject({ retriable: false, status: 422 });
    expect(error.message).toContain('10015 Bad Request: The phone number +19705555098 is not portable');
  });

  it.each([
    [CREATE, 500, 'error-500.json'],
    [CREATE, 429, 'error-429.json'],
    [CONFIRM, 503, 'error-500.json'],
    [LIST, 429, 'error-429.json'],
  ])('fails retriably when %s answers %i', async (route, status, body) => {
    const { provider } = telnyxAnswering(routes({ [route]: { status, body: fixture(body) } }));
    expect(await failureOf(provider.portIn(request))).toMatchObject({ retriable: true, status });
  });

  it('fails retriably on a network error, keeping the cause', async () => {
    const { provider } = telnyxAnswering(routes({ [UPDATE]: 'network down' }));
    const error = await failureOf(provider.portIn(request));
    expect(error.retriable).toBe(true);
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('fails for good when creating answers no porting order', async () => {
    const { provider } = telnyxAnswering(routes({ [CREATE]: { status: 201, body: { data: [] } } }));
    expect((await failureOf(provider.portIn(request))).retriable).toBe(false);
  });
});

describe('Telnyx numbers > portInStatus', () => {
  it.each(['draft', 'in-process', 'submitted', 'cancel-pending', 'a-status-telnyx-adds-later'])(
    'is pending while Telnyx says %s',
    async (value) => {
      const { provider } = telnyxAnswering({ [STATUS]: withStatus('porting-order.in-process.json', value) });
      expect(await provider.portInStatus(PORTING_ID)).toEqual({
        providerPortingId: PORTING_ID,
        status: 'pending',
        focDate: null,
        failureReason: null,
        providerNumberId: null,
      });
    },
  );

  it('is pending with the FOC date once the losing carrier confirmed it', async () => {
    const { provider } = telnyxAnswering({ [STATUS]: ok('porting-order.foc-date-confirmed.json') });
    expect(await provider.portInStatus(PORTING_ID)).toMatchObject({
      status: 'pending',
      focDate: '2022-04-08T15:00:00Z',
    });
  });

  it("is ported with the number's id on the account, looked up by its digits", async () => {
    const { provider, calls } = telnyxAnswering({
      [STATUS]: ok('porting-order.ported.json'),
      [LOOKUP]: ok('phone-numbers.response.json'),
    });
    expect(await provider.portInStatus(PORTING_ID)).toEqual({
      providerPortingId: PORTING_ID,
      status: 'ported',
      focDate: '2022-04-08T15:00:00Z',
      failureReason: null,
      providerNumberId: '1293384261075731499',
    });
    expect(called(calls)).toEqual([STATUS, LOOKUP]);
    expect(calls[1]?.query).toEqual({ 'filter[phone_number]': '19705555098' });
  });

  it('reads a number Telnyx lists as bare digits', async () => {
    const order = fixture('porting-order.ported.json') as { data: object };
    const body = { data: { ...order.data, phone_numbers: [{ phone_number: '19705555098' }] } };
    const { provider } = telnyxAnswering({
      [STATUS]: { status: 200, body },
      [LOOKUP]: ok('phone-numbers.response.json'),
    });
    expect((await provider.portInStatus(PORTING_ID)).providerNumberId).toBe('1293384261075731499');
  });

  it('has no number id while the account does not list the ported number yet', async () => {
    const { provider } = telnyxAnswering({
      [STATUS]: ok('porting-order.ported.json'),
      [LOOKUP]: ok('phone-numbers.empty.json'),
    });
    expect(await provider.portInStatus(PORTING_ID)).toMatchObject({
      status: 'ported',
      providerNumberId: null,
    });
  });

  it("failed on an exception, with the losing carrier's reasons Telnyx gives", async () => {
    const { provider } = telnyxAnswering({ [STATUS]: ok('porting-order.exception.json') });
    expect(await provider.portInStatus(PORTING_ID)).toEqual({
      providerPortingId: PORTING_ID,
      status: 'failed',
      focDate: null,
      failureReason:
        'ACCOUNT_NUMBER_MISMATCH: Account number does not match that on the CSR; ' +
        'POSTAL_CODE_MISMATCH: Postal code does not match that on the CSR',
      providerNumberId: null,
    });
  });

  it('failed when cancelled, saying so when Telnyx gives no reason', async () => {
    const { provider } = telnyxAnswering({ [STATUS]: ok('porting-order.cancelled.json') });
    expect(await provider.portInStatus(PORTING_ID)).toMatchObject({
      status: 'failed',
      failureReason: `Telnyx porting order ${PORTING_ID} is cancelled and gave no reason`,
    });
  });

  it('fails for good on an unknown porting order (404)', async () => {
    const { provider } = telnyxAnswering({});
    expect(await failureOf(provider.portInStatus('nope'))).toMatchObject({ retriable: false, status: 404 });
  });

  it.each([
    [500, 'error-500.json'],
    [429, 'error-429.json'],
  ])('fails retriably when Telnyx answers %i', async (status, body) => {
    const { provider } = telnyxAnswering({ [STATUS]: { status, body: fixture(body) } });
    expect(await failureOf(provider.portInStatus(PORTING_ID))).toMatchObject({ retriable: true, status });
  });
});
