import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, loadConfig } from '@longcode/kit';
import {
  type BrandSubmission,
  type CampaignSubmission,
  createTelnyxRegistration,
  type IncomingWebhook,
  ProviderError,
  type RegistrationProvider,
} from '@longcode/tcr';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from './app.js';
import { configSchema } from './config.js';
import { signingKeyFrom } from './signing.js';

/**
 * The Telnyx adapter of @longcode/tcr against the running simulator, over real HTTP both ways: the
 * simulator must speak the wire format the adapter was written from (Telnyx's docs), or this fails.
 */

/** A webhook receiver on port 0 that answers each delivery with the next of `answers` (then 200). */
async function startReceiver(answers: number[]) {
  const received: IncomingWebhook[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const headers = request.headers as Record<string, string | undefined>;
      received.push({ headers, rawBody: Buffer.concat(chunks), receivedAt: new Date() });
      response.statusCode = answers.shift() ?? 200;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/registration/telnyx`;
  return { url, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

const submission = (referenceId: string, legalName: string): BrandSubmission => ({
  referenceId,
  entityType: 'PRIVATE_PROFIT',
  legalName,
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
});

const campaignSubmission = (
  referenceId: string,
  providerBrandId: string,
  description = 'Appointment reminders and account notices for patients of Acme Dental who opted in.',
): CampaignSubmission => ({
  referenceId,
  providerBrandId,
  useCase: 'ACCOUNT_NOTIFICATION',
  subUseCases: [],
  description,
  messageFlow:
    'Patients opt in on the intake form at https://acmedental.example/intake, which names the program.',
  sampleMessages: [
    'Acme Dental: your cleaning is booked for Tue 3/10 at 2:30pm. Reply STOP to opt out.',
    'Acme Dental: your balance of $45.00 is due 3/31. Reply STOP to opt out.',
  ],
  helpMessage: 'Acme Dental: for help call +12024567890. Msg&data rates may apply. Reply STOP to opt out.',
  optOutMessage: 'Acme Dental: you are unsubscribed and will get no more messages.',
  optInMessage: null,
  helpKeywords: ['HELP', 'INFO'],
  optOutKeywords: ['STOP', 'CANCEL'],
  optInKeywords: [],
  flags: {
    subscriberOptIn: true,
    subscriberOptOut: true,
    subscriberHelp: true,
    numberPool: false,
    directLending: false,
    embeddedLink: false,
    embeddedPhone: false,
    affiliateMarketing: false,
    ageGated: false,
  },
  autoRenewal: true,
});

let receiver: Awaited<ReturnType<typeof startReceiver>>;
let simulator: ReturnType<typeof buildApp>;
let simulatorUrl: string;
let telnyx: RegistrationProvider;

beforeAll(async () => {
  receiver = await startReceiver([503]); // the first delivery is refused: it must come again
  const config = loadConfig(configSchema, {
    SIM_API_KEY: 'sim-key',
    SIM_WEBHOOK_URL: 'http://127.0.0.1:9/not-this-one', // brands name their own webhook URL
    SIM_BRAND_DECISION_DELAY_MS: '20',
    SIM_WEBHOOK_RETRY_BASE_MS: '10',
    SIM_REJECT_LEGAL_NAME_PATTERN: '^shady',
    SIM_REJECT_CAMPAIGN_DESCRIPTION_PATTERN: 'payday loan',
  });
  const logger = createLogger({ level: 'silent', service: 'simulator' });
  simulator = buildApp({ logger, config, signingKey: signingKeyFrom(undefined) });
  simulatorUrl = await simulator.listen({ host: '127.0.0.1', port: 0 });
  const { publicKey } = (await (await fetch(`${simulatorUrl}/simulator/public-key`)).json()) as {
    publicKey: string;
  };
  telnyx = createTelnyxRegistration({
    baseUrl: simulatorUrl, // as registration is configured: the origin, no /v2
    apiKey: 'sim-key',
    webhookPublicKey: publicKey,
    webhookUrl: receiver.url,
  });
});

afterAll(async () => {
  await simulator.close();
  await receiver.close();
});

/** The webhooks received about one provider brand or campaign id, parsed (and so verified) by the adapter. */
async function updatesAbout(about: 'brand' | 'campaign', providerId: string, count: number) {
  const mine = () =>
    receiver.received.filter((webhook) => {
      const { event_type, payload } = JSON.parse(webhook.rawBody.toString()).data;
      return event_type === `10dlc.${about}.update` && payload[`${about}Id`] === providerId;
    });
  await vi.waitFor(() => expect(mine()).toHaveLength(count), { timeout: 5_000, interval: 20 });
  return mine().map((webhook) => telnyx.parseWebhook(webhook));
}

const updatesFor = (providerBrandId: string, count: number) => updatesAbout('brand', providerBrandId, count);

describe('Telnyx adapter against the simulator', () => {
  it('a brand is created, vetted, then approved, through signed webhooks the adapter verifies', async () => {
    const submitted = await telnyx.submitBrand(submission('brand-approved', 'Acme Dental LLC'));
    expect(submitted).toEqual({
      providerBrandId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      registryBrandId: null,
      identityStatus: 'SELF_DECLARED',
    });

    // the refused first delivery (503), its retry, then the approval
    const [refused, vetted, approved] = await updatesFor(submitted.providerBrandId, 3);
    const base = { providerBrandId: submitted.providerBrandId, referenceId: 'brand-approved' };
    expect(refused).toEqual(vetted);
    expect(vetted).toEqual({
      kind: 'brand.vetted',
      ...base,
      provider: 'AEGIS',
      vettingClass: 'STANDARD',
      score: 75,
      vettedAt: expect.any(Date),
    });
    expect(approved).toEqual({
      kind: 'brand.approved',
      ...base,
      registryBrandId: expect.stringMatching(/^B[A-Z0-9]{6}$/),
      identityStatus: 'VETTED_VERIFIED',
    });

    const brand = await fetch(`${simulatorUrl}/v2/10dlc/brand/${submitted.providerBrandId}`, {
      headers: { authorization: 'Bearer sim-key' },
    });
    expect(await brand.json()).toMatchObject({
      status: 'OK',
      tcrBrandId: approved?.kind === 'brand.approved' && approved.registryBrandId,
    });
  });

  it('a brand whose legal name matches the rule is rejected with a reason', async () => {
    const submitted = await telnyx.submitBrand(submission('brand-rejected', 'Shady Leads Inc'));
    expect(await updatesFor(submitted.providerBrandId, 1)).toEqual([
      {
        kind: 'brand.rejected',
        providerBrandId: submitted.providerBrandId,
        referenceId: 'brand-rejected',
        reasons: [
          { code: 'INVALID_COMPANY_NAME', description: expect.stringContaining('"Shady Leads Inc"') },
        ],
      },
    ]);
  });

  it("the simulator's validation errors reach the adapter as Telnyx errors, not retriable", async () => {
    const error = await telnyx
      .submitBrand({ ...submission('brand-bad', 'Acme'), email: 'nope' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ retriable: false, status: 422 });
    expect(error.message).toContain('10019 Invalid email address');
  });

  it('a wrong API key is refused, not retriable', async () => {
    const wrongKey = createTelnyxRegistration({
      baseUrl: simulatorUrl, // as registration is configured: the origin, no /v2
      apiKey: 'not-the-key',
      webhookPublicKey: signingKeyFrom(undefined).publicKeyBase64,
    });
    const error = await wrongKey.submitBrand(submission('brand-x', 'Acme')).catch((e) => e);
    expect(error).toMatchObject({ retriable: false, status: 401 });
  });
});

describe('Telnyx adapter against the simulator > campaigns', () => {
  let providerBrandId: string;
  beforeAll(async () => {
    providerBrandId = (await telnyx.submitBrand(submission('brand-with-campaigns', 'Acme Dental LLC')))
      .providerBrandId;
    await updatesFor(providerBrandId, 2); // vetted, then approved: the brand can have campaigns
  });

  /** The campaign approved: TCR's CAMPAIGN_ADD (a step the adapter does not report), then VERIFIED. */
  async function approvedCampaign(referenceId: string) {
    const submitted = await telnyx.submitCampaign(campaignSubmission(referenceId, providerBrandId));
    const [added, approved] = await updatesAbout('campaign', submitted.providerCampaignId, 2);
    expect(added).toBeNull();
    return { submitted, approved };
  }

  it('a campaign is added to TCR, then approved with its TCR id, through signed webhooks', async () => {
    const { submitted, approved } = await approvedCampaign('campaign-approved');
    expect(submitted).toEqual({
      providerCampaignId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      registryCampaignId: null,
    });
    expect(approved).toEqual({
      kind: 'campaign.approved',
      providerCampaignId: submitted.providerCampaignId,
      referenceId: 'campaign-approved',
      registryCampaignId: expect.stringMatching(/^C[A-Z0-9]{6}$/),
    });

    const campaign = await fetch(`${simulatorUrl}/v2/10dlc/campaign/${submitted.providerCampaignId}`, {
      headers: { authorization: 'Bearer sim-key' },
    });
    expect(await campaign.json()).toMatchObject({
      campaignStatus: 'MNO_PROVISIONED',
      tcrCampaignId: approved?.kind === 'campaign.approved' && approved.registryCampaignId,
      optoutKeywords: 'STOP,CANCEL',
    });
  });

  it('a campaign whose description matches the rule is rejected by T-Mobile, named as the carrier', async () => {
    const submitted = await telnyx.submitCampaign(
      campaignSubmission('campaign-rejected', providerBrandId, 'Payday loan offers for anyone who texts us.'),
    );
    const [added, rejected] = await updatesAbout('campaign', submitted.providerCampaignId, 2);
    expect(added).toBeNull();
    expect(rejected).toEqual({
      kind: 'campaign.rejected',
      providerCampaignId: submitted.providerCampaignId,
      referenceId: 'campaign-rejected',
      reasons: [
        { code: 'CARRIER_REJECTED', description: expect.stringContaining('T-Mobile'), carrier: 'T-Mobile' },
      ],
    });
  });

  it("an approved campaign suspended, then expired, through the simulator's control endpoints", async () => {
    const { submitted } = await approvedCampaign('campaign-suspended');
    const control = (action: string, body?: unknown) =>
      fetch(`${simulatorUrl}/simulator/campaigns/${submitted.providerCampaignId}/${action}`, {
        method: 'POST',
        ...(body === undefined
          ? {}
          : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      });
    expect((await control('suspend', { reason: 'high opt-out rate', carrier: 'T-Mobile' })).status).toBe(202);
    expect((await control('expire')).status).toBe(202);

    // the simulator sends a campaign's webhooks in order
    const [, , suspended, expired] = await updatesAbout('campaign', submitted.providerCampaignId, 4);
    const base = { providerCampaignId: submitted.providerCampaignId, referenceId: 'campaign-suspended' };
    expect(suspended).toEqual({
      kind: 'campaign.suspended',
      ...base,
      reason: expect.stringContaining('high opt-out rate'),
      carrier: 'T-Mobile',
    });
    expect(expired).toEqual({ kind: 'campaign.expired', ...base });
  });

  it("a campaign for a brand the simulator does not know is refused in Telnyx's shape, not retriable", async () => {
    const error = await telnyx
      .submitCampaign(campaignSubmission('campaign-orphan', '00000000-0000-0000-0000-000000000000'))
      .catch((e) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ retriable: false, status: 404 });
    expect(error.message).toContain('10005');
  });
});
