import { createLogger, loadConfig } from '@longcode/kit';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { configSchema } from './config.js';
import { signingKeyFrom } from './signing.js';

const signingKey = signingKeyFrom(undefined);
const apps: Array<ReturnType<typeof buildApp>> = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

/** The simulator, deciding after 1 h: these tests look at the API only, never at webhooks. */
function simulator() {
  const config = loadConfig(configSchema, { SIM_API_KEY: 'sim-key', SIM_BRAND_DECISION_DELAY_MS: '3600000' });
  const app = buildApp({
    logger: createLogger({ level: 'silent', service: 'simulator' }),
    config,
    signingKey,
  });
  apps.push(app);
  return app;
}

const auth = { authorization: 'Bearer sim-key' };
const brand = {
  entityType: 'PRIVATE_PROFIT',
  displayName: 'Acme Dental',
  companyName: 'Acme Dental LLC',
  ein: '12-3456789',
  country: 'US',
  email: 'ops@acmedental.example',
  vertical: 'HEALTHCARE',
};

describe('Simulator > POST /v2/10dlc/brand', () => {
  it("creates the brand and answers in Telnyx's TelnyxBrand shape", async () => {
    const response = await simulator().inject({
      method: 'POST',
      url: '/v2/10dlc/brand',
      headers: auth,
      payload: brand,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      ...brand,
      brandId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      identityStatus: 'SELF_DECLARED',
      status: 'REGISTRATION_PENDING',
      brandRelationship: 'BASIC_ACCOUNT',
    });
  });

  describe('without the API key', () => {
    it.each([{}, { authorization: 'Bearer wrong-key' }])(
      'answers 401 in Telnyx error shape',
      async (headers) => {
        const response = await simulator().inject({
          method: 'POST',
          url: '/v2/10dlc/brand',
          headers,
          payload: brand,
        });
        expect(response.statusCode).toBe(401);
        expect(response.json()).toMatchObject({
          errors: [{ code: '10009', title: 'Authentication failed' }],
        });
      },
    );
  });

  it('answers 422 naming each bad field', async () => {
    const payload = { ...brand, email: 'nope', vertical: undefined };
    const response = await simulator().inject({
      method: 'POST',
      url: '/v2/10dlc/brand',
      headers: auth,
      payload,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { source: { pointer: string } }) => e.source.pointer)).toEqual([
      '/vertical',
    ]);
  });

  it('answers 400 in Telnyx error shape to a body that is not JSON', async () => {
    const response = await simulator().inject({
      method: 'POST',
      url: '/v2/10dlc/brand',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: '{"entityType":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ code: '10015' }] });
  });
});

describe('Simulator > GET /v2/10dlc/brand/:brandId', () => {
  it('reads back a created brand', async () => {
    const app = simulator();
    const created = (
      await app.inject({ method: 'POST', url: '/v2/10dlc/brand', headers: auth, payload: brand })
    ).json();
    const response = await app.inject({
      method: 'GET',
      url: `/v2/10dlc/brand/${created.brandId}`,
      headers: auth,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(created);
  });

  it('answers 404 (10005) for an unknown brand', async () => {
    const response = await simulator().inject({ method: 'GET', url: '/v2/10dlc/brand/nope', headers: auth });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ errors: [{ code: '10005' }] });
  });
});

describe('Simulator > its own routes', () => {
  it('gives its webhook public key, base64, without an API key', async () => {
    const response = await simulator().inject({ method: 'GET', url: '/simulator/public-key' });
    expect(response.json()).toEqual({ publicKey: signingKey.publicKeyBase64 });
    expect(Buffer.from(signingKey.publicKeyBase64, 'base64')).toHaveLength(32);
  });

  it('lists the brands it received', async () => {
    const app = simulator();
    await app.inject({ method: 'POST', url: '/v2/10dlc/brand', headers: auth, payload: brand });
    const { brands } = (await app.inject({ method: 'GET', url: '/simulator/brands' })).json();
    expect(brands).toEqual([
      expect.objectContaining({
        request: brand,
        outcome: null,
        deliveries: [],
        brand: expect.objectContaining(brand),
      }),
    ]);
  });

  it('has the platform health endpoints', async () => {
    expect((await simulator().inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });
});
