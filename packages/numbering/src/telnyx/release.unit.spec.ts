import { describe, expect, it } from 'vitest';
import { failureOf, fixture, ok, telnyxAnswering } from './spec-support.js';

const NUMBER_ID = '1293384261075731499';
const DELETE = `DELETE /v2/phone_numbers/${NUMBER_ID}`;
const LOOKUP = 'GET /v2/phone_numbers';
const notFound = { status: 404, body: fixture('phone-number.error-404.json') };

describe('Telnyx numbers > release', () => {
  it("deletes the number by Telnyx's id when it is known", async () => {
    const { provider, calls } = telnyxAnswering({ [DELETE]: ok('phone-number.delete.response.json') });
    await provider.release({ phoneNumber: '+19705555098', providerNumberId: NUMBER_ID });
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([DELETE]);
    expect(calls[0]?.body).toBeUndefined();
  });

  it("finds the number's id on the account first when it is not known", async () => {
    const { provider, calls } = telnyxAnswering({
      [LOOKUP]: ok('phone-numbers.response.json'),
      [DELETE]: ok('phone-number.delete.response.json'),
    });
    await provider.release({ phoneNumber: '+19705555098', providerNumberId: null });
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([LOOKUP, DELETE]);
    expect(calls[0]?.query).toEqual({ 'filter[phone_number]': '19705555098' });
  });

  it('only deletes the number itself, not one that merely contains its digits', async () => {
    const listed = fixture('phone-numbers.response.json') as { data: Array<object> };
    const other = { ...listed.data[0], phone_number: '+119705555098' };
    const { provider, calls } = telnyxAnswering({ [LOOKUP]: { status: 200, body: { data: [other] } } });
    await provider.release({ phoneNumber: '+19705555098', providerNumberId: null });
    expect(calls.map((c) => c.method)).toEqual(['GET']);
  });

  describe('when Telnyx no longer has the number', () => {
    it('succeeds when the delete answers 404', async () => {
      const { provider } = telnyxAnswering({ [DELETE]: notFound });
      await expect(
        provider.release({ phoneNumber: '+19705555098', providerNumberId: NUMBER_ID }),
      ).resolves.toBeUndefined();
    });

    it('succeeds without deleting when the account does not list it', async () => {
      const { provider, calls } = telnyxAnswering({ [LOOKUP]: ok('phone-numbers.empty.json') });
      await provider.release({ phoneNumber: '+19705555098', providerNumberId: null });
      expect(calls.map((c) => c.method)).toEqual(['GET']);
    });
  });

  it('fails for good on another refusal, with Telnyx error detail', async () => {
    const { provider } = telnyxAnswering({
      [DELETE]: {
        status: 403,
        body: {
          errors: [{ code: '10010', title: 'Authorization failed', detail: 'Deletion lock enabled.' }],
        },
      },
    });
    const error = await failureOf(
      provider.release({ phoneNumber: '+19705555098', providerNumberId: NUMBER_ID }),
    );
    expect(error).toMatchObject({ retriable: false, status: 403 });
    expect(error.message).toContain('10010 Authorization failed: Deletion lock enabled.');
  });

  it.each([
    ['a 5xx', { status: 500, body: fixture('error-500.json') }],
    ['a 429', { status: 429, body: fixture('error-429.json') }],
    ['a network error', 'network down' as const],
  ])('fails retriably on %s', async (_, answer) => {
    const { provider } = telnyxAnswering({ [DELETE]: answer });
    const error = await failureOf(
      provider.release({ phoneNumber: '+19705555098', providerNumberId: NUMBER_ID }),
    );
    expect(error.retriable).toBe(true);
  });
});
