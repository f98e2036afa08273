import { describe, expect, it } from 'vitest';
import type { BrandSubmission } from '../port.js';
import { createTelnyxRegistration } from './registration.js';
import { base64Of, failureOf, fixture, telnyxAnswering, telnyxKeys } from './spec-support.js';

const webhookPublicKey = base64Of(telnyxKeys.publicKey);

const brand: BrandSubmission = {
  referenceId: 'brand-0192f3',
  entityType: 'PRIVATE_PROFIT',
  legalName: 'Acme Dental LLC',
  displayName: 'Acme Dental',
  ein: '12-3456789',
  country: 'US',
  website: 'https://acmedental.example',
  vertical: 'HEALTHCARE',
  email: 'ops@acmedental.example',
  phone: '+12024567890',
  address: { street: '123 Main St', city: 'New York', state: 'NY', postalCode: '10001', country: 'US' },
  stockSymbol: null,
  stockExchange: null,
};

describe('Telnyx registration > submitBrand', () => {
  it('posts the brand as Telnyx CreateBrand with the Bearer key', async () => {
    const { provider, calls } = telnyxAnswering(200, fixture('create-brand.response.json'));
    await provider.submitBrand(brand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('https://api.telnyx.com/v2/10dlc/brand');
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.headers.get('authorization')).toBe('Bearer KEY0123');
    expect(calls[0]?.headers.get('content-type')).toBe('application/json');
    expect(calls[0]?.body).toEqual(fixture('create-brand.request.json'));
  });

  it("takes Telnyx's origin or its API root alike", async () => {
    for (const baseUrl of ['https://api.telnyx.com', 'https://api.telnyx.com/v2']) {
      const calls: string[] = [];
      const fetch: typeof globalThis.fetch = async (input) => {
        calls.push(String(input));
        return Response.json(fixture('create-brand.response.json'));
      };
      await createTelnyxRegistration({ baseUrl, apiKey: 'k', webhookPublicKey, fetch }).submitBrand(brand);
      expect(calls).toEqual(['https://api.telnyx.com/v2/10dlc/brand']);
    }
  });

  it('leaves out what the brand does not have', async () => {
    const { provider, calls } = telnyxAnswering(200, fixture('create-brand.response.json'));
    await provider.submitBrand({
      ...brand,
      ein: null,
      phone: null,
      address: null,
      website: null,
      vertical: null,
    });
    const body = calls[0]?.body as Record<string, unknown>;
    for (const field of ['ein', 'phone', 'street', 'city', 'state', 'postalCode', 'website', 'vertical']) {
      expect(body).not.toHaveProperty(field);
    }
  });

  it('sends stock symbol and exchange for a public company', async () => {
    const { provider, calls } = telnyxAnswering(200, fixture('create-brand.response.json'));
    await provider.submitBrand({
      ...brand,
      entityType: 'PUBLIC_PROFIT',
      stockSymbol: 'ACME',
      stockExchange: 'NASDAQ',
    });
    expect(calls[0]?.body).toMatchObject({
      entityType: 'PUBLIC_PROFIT',
      stockSymbol: 'ACME',
      stockExchange: 'NASDAQ',
    });
  });

  it("maps Telnyx's brand to the submitted brand", async () => {
    const { provider } = telnyxAnswering(200, fixture('create-brand.response.json'));
    expect(await provider.submitBrand(brand)).toEqual({
      providerBrandId: '4b20017f-8da9-a992-a6c0-683072fb7729',
      registryBrandId: 'BBRAND1',
      identityStatus: 'VERIFIED',
    });
  });

  describe('when the registry has not answered yet', () => {
    it('has no registry id nor identity status', async () => {
      const {
        tcrBrandId: _,
        identityStatus: __,
        ...pending
      } = fixture('create-brand.response.json') as Record<string, unknown>;
      const { provider } = telnyxAnswering(200, { ...pending, status: 'REGISTRATION_PENDING' });
      expect(await provider.submitBrand(brand)).toEqual({
        providerBrandId: '4b20017f-8da9-a992-a6c0-683072fb7729',
        registryBrandId: null,
        identityStatus: null,
      });
    });
  });

  it("also reads the brand under `data`, as Telnyx's brand guide shows it", async () => {
    const { provider } = telnyxAnswering(200, { data: fixture('create-brand.response.json') });
    expect((await provider.submitBrand(brand)).providerBrandId).toBe('4b20017f-8da9-a992-a6c0-683072fb7729');
  });

  describe('when Telnyx refuses the brand (4xx)', () => {
    it('fails for good, with Telnyx error detail', async () => {
      const { provider } = telnyxAnswering(422, fixture('create-brand.error-422.json'));
      const error = await failureOf(provider.submitBrand(brand));
      expect(error.retriable).toBe(false);
      expect(error.status).toBe(422);
      expect(error.message).toContain(
        "10004 Missing required parameter: The 'vertical' parameter is required. (/vertical)",
      );
      expect(error.message).toContain('10016');
    });

    it('reads a FastAPI-style validation body too', async () => {
      const { provider } = telnyxAnswering(422, {
        detail: [{ loc: ['body', 'email'], msg: 'field required' }],
      });
      expect((await failureOf(provider.submitBrand(brand))).message).toContain('body.email: field required');
    });
  });

  describe('when Telnyx fails (5xx) or is unreachable', () => {
    it('fails retriably on 5xx', async () => {
      const { provider } = telnyxAnswering(503, fixture('create-brand.error-503.json'));
      const error = await failureOf(provider.submitBrand(brand));
      expect(error.retriable).toBe(true);
      expect(error.status).toBe(503);
      expect(error.message).toContain('10007 Unexpected error');
    });

    it('fails retriably on a network error, keeping the cause', async () => {
      const { provider } = telnyxAnswering('network down');
      const error = await failureOf(provider.submitBrand(brand));
      expect(error.retriable).toBe(true);
      expect(error.cause).toBeInstanceOf(TypeError);
    });

    it('fails retriably when rate limited (429)', async () => {
      const { provider } = telnyxAnswering(429, { errors: [{ code: '10011', title: 'Too many requests' }] });
      expect((await failureOf(provider.submitBrand(brand))).retriable).toBe(true);
    });
  });

  it('fails for good on a 2xx without a brand id', async () => {
    const { provider } = telnyxAnswering(200, { status: 'OK' });
    expect((await failureOf(provider.submitBrand(brand))).retriable).toBe(false);
  });
});

describe('Telnyx registration > configuration', () => {
  it('refuses a public key that is not 32 bytes of Ed25519', () => {
    expect(() =>
      createTelnyxRegistration({
        baseUrl: 'https://api.telnyx.com/v2',
        apiKey: 'k',
        webhookPublicKey: 'c2hvcnQ=',
      }),
    ).toThrow(/32-byte Ed25519/);
  });
});
