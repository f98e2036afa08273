import { createLogger, loadConfig } from '@longcode/kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app.js';
import { configSchema } from '../config.js';
import { signingKeyFrom } from '../signing.js';

const apps: Array<ReturnType<typeof buildApp>> = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

/** The simulator deciding brands at once, campaigns after `campaignDelayMs`; webhooks land in `sent`. */
function simulator(campaignDelayMs = 3_600_000) {
  const sent: Array<{ type: string; eventType?: string; description?: string }> = [];
  const fetch: typeof globalThis.fetch = async (_url, init) => {
    sent.push(JSON.parse(String(init?.body)).data.payload);
    return new Response(null, { status: 200 });
  };
  const config = loadConfig(configSchema, {
    SIM_API_KEY: 'sim-key',
    SIM_BRAND_DECISION_DELAY_MS: '0',
    SIM_CAMPAIGN_DECISION_DELAY_MS: String(campaignDelayMs),
  });
  const logger = createLogger({ level: 'silent', service: 'simulator' });
  const app = buildApp({ logger, config, signingKey: signingKeyFrom(undefined), fetch });
  apps.push(app);
  return { app, sent };
}

const auth = { authorization: 'Bearer sim-key' };
type App = ReturnType<typeof simulator>['app'];

/** A brand the simulated registry has registered (status OK). */
async function registeredBrand(app: App, companyName = 'Acme Dental LLC'): Promise<string> {
  const brand = {
    entityType: 'PRIVATE_PROFIT',
    displayName: 'Acme Dental',
    companyName,
    ein: '12-3456789',
    country: 'US',
    email: 'ops@acmedental.example',
    vertical: 'HEALTHCARE',
  };
  const { brandId } = (
    await app.inject({ method: 'POST', url: '/v2/10dlc/brand', headers: auth, payload: brand })
  ).json();
  await vi.waitFor(async () => {
    const read = await app.inject({ method: 'GET', url: `/v2/10dlc/brand/${brandId}`, headers: auth });
    expect(read.json().status).toBe('OK');
  });
  return brandId;
}

const campaignFor = (brandId: string) => ({
  brandId,
  usecase: 'ACCOUNT_NOTIFICATION',
  subUsecases: [],
  description: 'Appointment reminders for patients of Acme Dental who opted in.',
  messageFlow: 'Patients opt in on the intake form at https://acmedental.example/intake.',
  sample1: 'Acme Dental: your cleaning is on Tue 3/10 at 2:30pm. Reply STOP to opt out.',
  optoutKeywords: 'STOP,CANCEL',
  subscriberOptout: true,
  termsAndConditions: true,
});

const submit = (app: App, payload: unknown, headers: Record<string, string> = auth) =>
  app.inject({ method: 'POST', url: '/v2/10dlc/campaignBuilder', headers, payload: payload as object });

describe('Simulator > POST /v2/10dlc/campaignBuilder', () => {
  it("creates the campaign, pending at TCR, in Telnyx's TelnyxCampaignCsp shape", async () => {
    const { app } = simulator();
    const brandId = await registeredBrand(app);
    const response = await submit(app, campaignFor(brandId));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      ...campaignFor(brandId),
      campaignId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      brandDisplayName: 'Acme Dental',
      tcrBrandId: expect.stringMatching(/^B[A-Z0-9]{6}$/),
      campaignStatus: 'TCR_PENDING',
      status: 'ACTIVE',
    });
  });

  it('answers 401 without the API key', async () => {
    const response = await submit(simulator().app, campaignFor('b-1'), {});
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ errors: [{ code: '10009' }] });
  });

  it('answers 422 naming each bad field', async () => {
    const response = await submit(simulator().app, {
      ...campaignFor('b-1'),
      sample1: undefined,
      usecase: 'X',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { source: { pointer: string } }) => e.source.pointer)).toEqual([
      '/sample1',
    ]);
  });

  describe('when the brand is not registered', () => {
    it('answers 404 (10005) for a brand it does not know', async () => {
      const response = await submit(simulator().app, campaignFor('no-such-brand'));
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ errors: [{ code: '10005', source: { pointer: '/brandId' } }] });
    });

    it('answers 422 for a brand TCR rejected', async () => {
      const { app } = simulator();
      const { brandId } = (
        await app.inject({
          method: 'POST',
          url: '/v2/10dlc/brand',
          headers: auth,
          payload: {
            entityType: 'PRIVATE_PROFIT',
            displayName: 'X',
            companyName: 'X',
            ein: '1',
            country: 'US',
            email: 'x@x.example',
            vertical: 'RETAIL',
          },
        })
      ).json();
      await vi.waitFor(async () => {
        const read = await app.inject({ method: 'GET', url: `/v2/10dlc/brand/${brandId}`, headers: auth });
        expect(read.json().status).toBe('REGISTRATION_FAILED');
      });
      const response = await submit(app, campaignFor(brandId));
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0].detail).toContain('REGISTRATION_FAILED');
    });
  });
});

describe('Simulator > GET /v2/10dlc/campaign/:campaignId', () => {
  it('reads back a submitted campaign', async () => {
    const { app } = simulator();
    const created = (await submit(app, campaignFor(await registeredBrand(app)))).json();
    const read = await app.inject({
      method: 'GET',
      url: `/v2/10dlc/campaign/${created.campaignId}`,
      headers: auth,
    });
    expect(read.json()).toEqual(created);
  });

  it('answers 404 (10005) for an unknown campaign', async () => {
    const read = await simulator().app.inject({
      method: 'GET',
      url: '/v2/10dlc/campaign/nope',
      headers: auth,
    });
    expect(read.statusCode).toBe(404);
    expect(read.json()).toMatchObject({ errors: [{ code: '10005' }] });
  });
});

describe('Simulator > its campaign routes', () => {
  it('lists the campaigns it received', async () => {
    const { app } = simulator();
    const brandId = await registeredBrand(app);
    await submit(app, campaignFor(brandId));
    const { campaigns } = (await app.inject({ method: 'GET', url: '/simulator/campaigns' })).json();
    expect(campaigns).toEqual([
      expect.objectContaining({ request: campaignFor(brandId), outcome: null, actions: [], deliveries: [] }),
    ]);
  });

  describe('when the campaign is provisioned', () => {
    async function provisioned() {
      const { app, sent } = simulator(0);
      const { campaignId } = (await submit(app, campaignFor(await registeredBrand(app)))).json();
      await vi.waitFor(() => expect(sent.map((p) => p.type)).toContain('VERIFIED'));
      return { app, sent, campaignId };
    }

    it('a suspension by a carrier is applied and its webhook sent', async () => {
      const { app, sent, campaignId } = await provisioned();
      const response = await app.inject({
        method: 'POST',
        url: `/simulator/campaigns/${campaignId}/suspend`,
        payload: { reason: 'high opt-out rate', carrier: 'AT&T' },
      });
      expect(response.statusCode).toBe(202);
      expect(response.json()).toMatchObject({ campaignId, campaignStatus: 'TCR_SUSPENDED' });
      await vi.waitFor(() =>
        expect(sent.at(-1)).toMatchObject({ eventType: 'MNO_CAMPAIGN_OPERATION_SUSPENDED', mnoName: 'AT&T' }),
      );
    });

    it('an expiry is applied and its webhook sent', async () => {
      const { app, sent, campaignId } = await provisioned();
      const response = await app.inject({ method: 'POST', url: `/simulator/campaigns/${campaignId}/expire` });
      expect(response.statusCode).toBe(202);
      expect(response.json()).toMatchObject({ campaignStatus: 'TCR_EXPIRED', status: 'EXPIRED' });
      await vi.waitFor(() => expect(sent.at(-1)).toMatchObject({ eventType: 'CAMPAIGN_EXPIRED' }));
    });

    it('a suspension needs a reason', async () => {
      const { app, campaignId } = await provisioned();
      const response = await app.inject({
        method: 'POST',
        url: `/simulator/campaigns/${campaignId}/suspend`,
        payload: { carrier: 42 },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    });
  });

  it('refuses a carrier action on a campaign not provisioned yet (409)', async () => {
    const { app } = simulator();
    const { campaignId } = (await submit(app, campaignFor(await registeredBrand(app)))).json();
    const response = await app.inject({ method: 'POST', url: `/simulator/campaigns/${campaignId}/expire` });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'CAMPAIGN_STATUS_DOES_NOT_ALLOW' });
  });

  it('answers 404 for an unknown campaign', async () => {
    const response = await simulator().app.inject({
      method: 'POST',
      url: '/simulator/campaigns/nope/suspend',
      payload: { reason: 'x', carrier: null },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'CAMPAIGN_NOT_FOUND' });
  });
});
