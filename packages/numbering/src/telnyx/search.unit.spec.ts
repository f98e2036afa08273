import { describe, expect, it } from 'vitest';
import { createTelnyxNumbers } from './numbers.js';
import { failureOf, fixture, ok, telnyxAnswering } from './spec-support.js';

const SEARCH = 'GET /v2/available_phone_numbers';

describe('Telnyx numbers > search', () => {
  it("asks Telnyx's number search for US local SMS numbers in the area code, with the Bearer key", async () => {
    const { provider, calls } = telnyxAnswering({ [SEARCH]: ok('available-phone-numbers.response.json') });
    await provider.search({ areaCode: '970', limit: 5 });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'GET', path: '/v2/available_phone_numbers', body: undefined });
    expect(calls[0]?.headers.get('authorization')).toBe('Bearer KEY0123');
    expect(calls[0]?.query).toEqual({
      'filter[country_code]': 'US',
      'filter[phone_number_type]': 'local',
      'filter[national_destination_code]': '970',
      'filter[features]': 'sms',
      'filter[limit]': '5',
    });
  });

  it('searches by state and city as administrative area and locality', async () => {
    const { provider, calls } = telnyxAnswering({ [SEARCH]: ok('available-phone-numbers.response.json') });
    await provider.search({ state: 'il', locality: 'Chicago', limit: 10 });
    expect(calls[0]?.query).toMatchObject({
      'filter[administrative_area]': 'IL',
      'filter[locality]': 'Chicago',
      'filter[limit]': '10',
    });
    expect(calls[0]?.query).not.toHaveProperty('filter[national_destination_code]');
  });

  describe('for one exact number', () => {
    it('asks for its area code and its other seven digits', async () => {
      const { provider, calls } = telnyxAnswering({ [SEARCH]: ok('available-phone-numbers.response.json') });
      await provider.search({ phoneNumber: '+19705555098', limit: 1 });
      expect(calls[0]?.query).toEqual({
        'filter[country_code]': 'US',
        'filter[phone_number_type]': 'local',
        'filter[national_destination_code]': '970',
        'filter[phone_number][starts_with]': '5555098',
        'filter[features]': 'sms',
        'filter[limit]': '1',
      });
    });

    it('answers only that number, not the others Telnyx offers with it', async () => {
      const { provider } = telnyxAnswering({ [SEARCH]: ok('available-phone-numbers.response.json') });
      const found = await provider.search({ phoneNumber: '+13125550142', limit: 5 });
      expect(found.map((n) => n.phoneNumber)).toEqual(['+13125550142']);
    });

    it('finds nothing, without asking Telnyx, for a number that is not +1', async () => {
      const { provider, calls } = telnyxAnswering({});
      expect(await provider.search({ phoneNumber: '+442071838750', limit: 1 })).toEqual([]);
      expect(calls).toEqual([]);
    });
  });

  it("takes Telnyx's origin or its API root alike", async () => {
    for (const baseUrl of ['https://api.telnyx.com/', 'https://api.telnyx.com/v2']) {
      const urls: string[] = [];
      const fetch: typeof globalThis.fetch = async (input) => {
        urls.push(new URL(String(input)).pathname);
        return Response.json(fixture('available-phone-numbers.response.json'));
      };
      await createTelnyxNumbers({ baseUrl, apiKey: 'k', fetch }).search({ areaCode: '312', limit: 1 });
      expect(urls).toEqual(['/v2/available_phone_numbers']);
    }
  });

  it('maps each number with its region, features and prices as decimal strings', async () => {
    const { provider } = telnyxAnswering({ [SEARCH]: ok('available-phone-numbers.response.json') });
    expect(await provider.search({ areaCode: '970', limit: 5 })).toEqual([
      {
        phoneNumber: '+19705555098',
        region: null,
        locality: null,
        rateCenter: null,
        features: ['sms', 'voice'],
        monthlyCost: { amount: '6.54', currency: 'USD' },
        upfrontCost: { amount: '3.21', currency: 'USD' },
      },
      {
        phoneNumber: '+13125550142',
        region: 'IL',
        locality: 'Chicago',
        rateCenter: 'CHICAGO',
        features: ['sms', 'mms', 'voice'],
        monthlyCost: { amount: '1.00000', currency: 'USD' },
        upfrontCost: { amount: '1.00000', currency: 'USD' },
      },
    ]);
  });

  it('leaves out a number Telnyx gives no price for', async () => {
    const { data } = fixture('available-phone-numbers.response.json') as { data: Array<object> };
    const [priced] = data;
    const unpriced = { ...priced, phone_number: '+19705550199', cost_information: { currency: 'USD' } };
    const { provider } = telnyxAnswering({ [SEARCH]: { status: 200, body: { data: [priced, unpriced] } } });
    expect((await provider.search({ areaCode: '970', limit: 5 })).map((n) => n.phoneNumber)).toEqual([
      '+19705555098',
    ]);
  });

  it('finds nothing when Telnyx has nothing', async () => {
    const { provider } = telnyxAnswering({ [SEARCH]: { status: 200, body: { data: [], meta: {} } } });
    expect(await provider.search({ areaCode: '970', limit: 5 })).toEqual([]);
  });

  it('fails for good when Telnyx refuses the search (4xx), with its error detail', async () => {
    const { provider } = telnyxAnswering({
      [SEARCH]: {
        status: 400,
        body: { errors: [{ code: '10015', title: 'Bad Request', detail: 'Invalid filter[limit].' }] },
      },
    });
    const error = await failureOf(provider.search({ areaCode: '970', limit: 500 }));
    expect(error).toMatchObject({ retriable: false, status: 400 });
    expect(error.message).toContain('10015 Bad Request: Invalid filter[limit].');
  });
});
