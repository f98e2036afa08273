import { describe, expect, it } from 'vitest';
import { failureOf, fixture, ok, telnyxAnswering } from './spec-support.js';

const ORDER = 'POST /v2/number_orders';
const ORDER_ID = '12ade33a-21c0-473b-b055-b3c836e1c292';
const STATUS = `GET /v2/number_orders/${ORDER_ID}`;
const LOOKUP = 'GET /v2/phone_numbers';
const request = { referenceId: 'number-0192f3', phoneNumber: '+19705555098' };

describe('Telnyx numbers > order', () => {
  it("posts Telnyx's number order for the one number, our reference and the messaging profile", async () => {
    const { provider, calls } = telnyxAnswering({ [ORDER]: ok('number-order.pending.json') });
    await provider.order(request);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/v2/number_orders' });
    expect(calls[0]?.headers.get('content-type')).toBe('application/json');
    expect(calls[0]?.body).toEqual(fixture('number-order.request.json'));
  });

  it('answers the order pending, without the number id yet', async () => {
    const { provider } = telnyxAnswering({ [ORDER]: ok('number-order.pending.json') });
    expect(await provider.order(request)).toEqual({
      providerOrderId: ORDER_ID,
      status: 'pending',
      providerNumberId: null,
      failureReason: null,
    });
  });

  describe('when Telnyx refuses the number (422)', () => {
    it('fails for good with Telnyx error detail, when no order of ours has it', async () => {
      const { provider, calls } = telnyxAnswering({
        [ORDER]: { status: 422, body: fixture('number-order.error-422.json') },
        'GET /v2/number_orders': { status: 200, body: { data: [] } },
      });
      const error = await failureOf(provider.order(request));
      expect(error).toMatchObject({ retriable: false, status: 422 });
      expect(error.message).toContain(
        '10015 Bad Request: The phone number +19705555098 is not available for purchase.',
      );
      expect(calls[1]).toMatchObject({
        path: '/v2/number_orders',
        query: { 'filter[customer_reference]': 'number-0192f3' },
      });
    });

    it('answers the order our earlier attempt placed (a retry after a lost answer)', async () => {
      const { provider } = telnyxAnswering({
        [ORDER]: { status: 422, body: fixture('number-order.error-422.json') },
        'GET /v2/number_orders': ok('number-orders.list.json'),
      });
      expect(await provider.order(request)).toMatchObject({ providerOrderId: ORDER_ID, status: 'pending' });
    });
  });

  it.each([
    [503, 'error-500.json'],
    [429, 'error-429.json'],
  ])('fails retriably when Telnyx answers %i', async (status, body) => {
    const { provider } = telnyxAnswering({ [ORDER]: { status, body: fixture(body) } });
    expect(await failureOf(provider.order(request))).toMatchObject({ retriable: true, status });
  });

  it('fails retriably on a network error, keeping the cause', async () => {
    const { provider } = telnyxAnswering({ [ORDER]: 'network down' });
    const error = await failureOf(provider.order(request));
    expect(error.retriable).toBe(true);
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('fails for good on an answer without an order id', async () => {
    const { provider } = telnyxAnswering({ [ORDER]: { status: 200, body: { data: {} } } });
    expect((await failureOf(provider.order(request))).retriable).toBe(false);
  });
});

describe('Telnyx numbers > orderStatus', () => {
  it('reads the order back by its id', async () => {
    const { provider, calls } = telnyxAnswering({ [STATUS]: ok('number-order.pending.json') });
    expect(await provider.orderStatus(ORDER_ID)).toMatchObject({ status: 'pending', providerNumberId: null });
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([STATUS]);
  });

  it("once the order succeeded, looks up the number's id on the account, by its digits", async () => {
    const { provider, calls } = telnyxAnswering({
      [STATUS]: ok('number-order.success.json'),
      [LOOKUP]: ok('phone-numbers.response.json'),
    });
    expect(await provider.orderStatus(ORDER_ID)).toEqual({
      providerOrderId: ORDER_ID,
      status: 'success',
      providerNumberId: '1293384261075731499',
      failureReason: null,
    });
    expect(calls[1]?.query).toEqual({ 'filter[phone_number]': '19705555098' });
  });

  it('has no number id when the account does not list the number yet', async () => {
    const { provider } = telnyxAnswering({
      [STATUS]: ok('number-order.success.json'),
      [LOOKUP]: ok('phone-numbers.empty.json'),
    });
    expect(await provider.orderStatus(ORDER_ID)).toMatchObject({ status: 'success', providerNumberId: null });
  });

  it('reports a failed order with what Telnyx says of the number', async () => {
    const { provider } = telnyxAnswering({ [STATUS]: ok('number-order.failure.json') });
    expect(await provider.orderStatus(ORDER_ID)).toEqual({
      providerOrderId: ORDER_ID,
      status: 'failure',
      providerNumberId: null,
      failureReason: `Telnyx number order ${ORDER_ID} failed for +19705555098 (requirement-info-exception)`,
    });
  });

  it('reports a failure when the number failed while the order is still pending', async () => {
    const order = fixture('number-order.pending.json') as { data: { phone_numbers: Array<object> } };
    const [line] = order.data.phone_numbers;
    const body = { data: { ...order.data, phone_numbers: [{ ...line, status: 'failure' }] } };
    const { provider } = telnyxAnswering({ [STATUS]: { status: 200, body } });
    expect((await provider.orderStatus(ORDER_ID)).status).toBe('failure');
  });

  it('stays pending while the order is, even when its number already succeeded', async () => {
    const order = fixture('number-order.success.json') as { data: object };
    const { provider } = telnyxAnswering({
      [STATUS]: { status: 200, body: { data: { ...order.data, status: 'pending' } } },
    });
    expect((await provider.orderStatus(ORDER_ID)).status).toBe('pending');
  });

  it('fails for good on an unknown order (404)', async () => {
    const { provider } = telnyxAnswering({});
    expect(await failureOf(provider.orderStatus('nope'))).toMatchObject({ retriable: false, status: 404 });
  });
});
