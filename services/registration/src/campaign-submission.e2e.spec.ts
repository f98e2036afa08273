import { randomBytes } from 'node:crypto';
import { eventually, type Platform, stackFromEnv, startPlatform } from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanDraft } from './campaign/lint/drafts.fixture.js';

/**
 * Campaigns through the running services: a brand approved by the (simulated) registry, a campaign
 * drafted for it, linted, refused while its samples break carrier rules, corrected, and submitted.
 */
let platform: Platform;
let brandId: string;
const account = `acct-${randomBytes(4).toString('hex')}`;
const headers = { 'content-type': 'application/json', 'x-account-id': account };

const call = async (method: string, path: string, body?: unknown, as = headers) => {
  const { 'content-type': _json, ...bodiless } = as;
  const response = await fetch(`${platform.registration.url}${path}`, {
    method,
    ...(body === undefined ? { headers: bodiless } : { headers: as, body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

const content = {
  useCase: 'ACCOUNT_NOTIFICATION',
  description: cleanDraft.description,
  messageFlow: cleanDraft.messageFlow,
  sampleMessages: cleanDraft.sampleMessages,
  helpMessage: cleanDraft.helpMessage,
  optOutMessage: cleanDraft.optOutMessage,
  helpKeywords: cleanDraft.helpKeywords,
  optOutKeywords: cleanDraft.optOutKeywords,
  flags: cleanDraft.flags,
};
const withLinkInSamples = {
  ...content,
  sampleMessages: content.sampleMessages.map((sample, i) =>
    i === 0 ? `${sample} Details: https://bit.ly/3xYz` : sample,
  ),
};

beforeAll(async () => {
  platform = await startPlatform(stackFromEnv(process.env), {
    simulator: { SIM_REJECT_CAMPAIGN_DESCRIPTION_PATTERN: 'crypto giveaway' },
  });
  const created = await call('POST', '/brands', {
    entityType: 'PRIVATE_PROFIT',
    legalName: cleanDraft.brandLegalName,
    displayName: cleanDraft.brandDisplayName,
    ein: '12-3456789',
    vertical: 'HEALTHCARE',
    email: 'ops@acme.example',
  });
  brandId = created.body.brandId as string;
  await eventually(
    () => call('GET', `/brands/${brandId}`),
    (r) => r.body.status === 'APPROVED',
  );
}, 180_000);
afterAll(async () => platform?.stop());

describe('Campaign > for an approved brand', () => {
  it('lints a draft without storing anything, naming the blocking findings', async () => {
    const { status, body } = await call('POST', '/campaigns/lint', { brandId, ...withLinkInSamples });
    expect(status).toBe(200);
    expect(body.blocking).toBe(true);
    const codes = (body.findings as Array<{ code: string }>).map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining(['SAMPLE_PUBLIC_URL_SHORTENER', 'SAMPLE_LINK_WITHOUT_FLAG']),
    );
  });

  it('refuses to submit a draft with blocking findings (422), then submits it once corrected', async () => {
    const drafted = await call('POST', '/campaigns', { brandId, ...withLinkInSamples });
    expect(drafted.status).toBe(201);
    const campaignId = drafted.body.campaignId as string;
    expect(drafted.body.status).toBe('DRAFT');

    const refused = await call('POST', `/campaigns/${campaignId}/submit`);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('CAMPAIGN_LINT_FAILED');
    expect((await call('GET', `/campaigns/${campaignId}`)).body.status).toBe('DRAFT');

    expect((await call('PUT', `/campaigns/${campaignId}`, content)).status).toBe(200);
    const submitted = await call('POST', `/campaigns/${campaignId}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('SUBMITTED');
  });

  it('is invisible to another account (404)', async () => {
    const { body } = await call('POST', '/campaigns', { brandId, ...content });
    const other = await call('GET', `/campaigns/${body.campaignId}`, undefined, {
      ...headers,
      'x-account-id': 'acct-other',
    });
    expect(other.status).toBe(404);
  });

  it('refuses a malformed draft with 400 naming each bad field, storing nothing', async () => {
    const { status, body } = await call('POST', '/campaigns', {
      brandId,
      useCase: 'SPAM',
      sampleMessages: [],
    });
    expect(status).toBe(400);
    const fields = (body.errors as Array<{ field: string }>).map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['useCase', 'sampleMessages', 'description', 'messageFlow', 'flags']),
    );
  });
});

describe('Campaign > for a brand that is not approved', () => {
  it('refuses the draft with CAMPAIGN_BRAND_NOT_APPROVED (409)', async () => {
    const pending = await call('POST', '/brands', {
      entityType: 'PRIVATE_PROFIT',
      legalName: 'Acme Dental Group, LLC',
      displayName: 'Acme Dental',
      ein: '12-3456789',
      vertical: 'HEALTHCARE',
      email: 'ops@acme.example',
    });
    const { status, body } = await call('POST', '/campaigns', { brandId: pending.body.brandId, ...content });
    expect([status, body.code]).toEqual([409, 'CAMPAIGN_BRAND_NOT_APPROVED']);
  });
});

describe('Campaign > for a sole-proprietor brand', () => {
  it('allows one campaign: of two simultaneous drafts exactly one is accepted, the other gets CAMPAIGN_LIMIT_REACHED', async () => {
    const created = await call('POST', '/brands', {
      entityType: 'SOLE_PROPRIETOR',
      legalName: 'Jane Doe',
      displayName: 'Jane Doe Tutoring',
      vertical: 'EDUCATION',
      email: 'jane@tutor.example',
    });
    const soleProprietor = created.body.brandId as string;
    await eventually(
      () => call('GET', `/brands/${soleProprietor}`),
      (r) => r.body.status === 'APPROVED',
    );
    const draft = { brandId: soleProprietor, ...content, useCase: 'SOLE_PROPRIETOR' };
    const results = await Promise.all([call('POST', '/campaigns', draft), call('POST', '/campaigns', draft)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)?.body.code).toBe('CAMPAIGN_LIMIT_REACHED');
    const third = await call('POST', '/campaigns', draft);
    expect([third.status, third.body.code]).toEqual([409, 'CAMPAIGN_LIMIT_REACHED']);
  });
});

/** The simulator's own id of a campaign registration forwarded (matched by its registry id). */
async function simulatorCampaignId(registryCampaignId: string): Promise<string> {
  const { campaigns } = (await (await fetch(`${platform.simulator.url}/simulator/campaigns`)).json()) as {
    campaigns: Array<{ campaign: { campaignId: string; tcrCampaignId?: string } }>;
  };
  const found = campaigns.find((c) => c.campaign.tcrCampaignId === registryCampaignId);
  if (!found) throw new Error(`the simulator has no campaign ${registryCampaignId}`);
  return found.campaign.campaignId;
}

describe('Campaign > through the registry (the simulator playing Telnyx)', () => {
  it("is approved, carrying each carrier's throughput, and may send; suspended by a carrier, it may not", async () => {
    const { body } = await call('POST', '/campaigns', { brandId, ...content });
    const campaignId = body.campaignId as string;
    expect((await call('POST', `/campaigns/${campaignId}/submit`)).status).toBe(200);
    const approved = await eventually(
      () => call('GET', `/campaigns/${campaignId}`),
      (r) => r.body.status === 'APPROVED',
    );
    expect(approved.body.registryCampaignId).toMatch(/^C/);
    expect(approved.body.throughput).toMatchObject({
      attMessageClass: expect.any(String),
      attSmsTpm: expect.any(Number),
      tmobileTier: expect.any(String),
      tmobileCapSharedByBrand: true,
    });

    const sendable = (id: string) =>
      fetch(`${platform.analytics.url}/sendable-campaigns/${id}`, { headers: { 'x-account-id': account } });
    await eventually(
      async () => (await sendable(campaignId)).status,
      (status) => status === 200,
    );

    const simulatorId = await simulatorCampaignId(approved.body.registryCampaignId as string);
    const suspended = await fetch(`${platform.simulator.url}/simulator/campaigns/${simulatorId}/suspend`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reason: 'Spam complaints', carrier: 'T-Mobile' }),
    });
    expect(suspended.status).toBe(202);
    const after = await eventually(
      () => call('GET', `/campaigns/${campaignId}`),
      (r) => r.body.status === 'SUSPENDED',
    );
    expect(after.body.suspension).toMatchObject({
      reason: expect.stringContaining('Spam'),
      carrier: 'T-Mobile',
    });
    // analytics runs the "what may send" projection: a suspended campaign leaves it
    await eventually(
      async () => (await sendable(campaignId)).status,
      (status) => status === 404,
    );
  });

  it('is rejected by a carrier with its reason, and can be corrected and submitted again', async () => {
    const risky = { ...content, description: `${content.description} Also a crypto giveaway.` };
    const { body } = await call('POST', '/campaigns', { brandId, ...risky });
    const campaignId = body.campaignId as string;
    await call('POST', `/campaigns/${campaignId}/submit`);
    const rejected = await eventually(
      () => call('GET', `/campaigns/${campaignId}`),
      (r) => r.body.status === 'REJECTED',
    );
    expect(rejected.body.rejectionReasons).toEqual([expect.objectContaining({ carrier: 'T-Mobile' })]);
    expect((await call('PUT', `/campaigns/${campaignId}`, content)).status).toBe(200);
    expect((await call('POST', `/campaigns/${campaignId}/submit`)).status).toBe(200);
    await eventually(
      () => call('GET', `/campaigns/${campaignId}`),
      (r) => r.body.status === 'APPROVED',
    );
  });
});
