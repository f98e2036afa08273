import { randomBytes } from 'node:crypto';
import {
  callAs,
  campaignContent,
  eventually,
  type Platform,
  partnerJourney,
  stackFromEnv,
  startPlatform,
} from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The whole story through the running services (registration, numbers, analytics, and the
 * simulator playing Telnyx's 10DLC and numbers APIs): a brand vetted and approved, a campaign approved by
 * webhook, a number found, ordered and linked to it, "what may send" showing the campaign with its
 * number; then a carrier suspension removing it. And a sole proprietor's one number and one campaign.
 */
let platform: Platform;
let journey: ReturnType<typeof partnerJourney>;
const account = `acct-${randomBytes(4).toString('hex')}`;
const registration = (method: string, path: string, body?: unknown) =>
  journey.registration(method, path, body);
const numbers = (method: string, path: string, body?: unknown) => journey.numbers(method, path, body);
const analytics = (path: string) => callAs(account, platform.analytics.url, 'GET', path);
const numberPath = (phoneNumber: string, rest = '') => `/numbers/${encodeURIComponent(phoneNumber)}${rest}`;
const approvedBrand = (entity: Record<string, unknown>) => journey.approvedBrand(entity);
const approvedCampaign = (brandId: string, useCase: string, brandName: string) =>
  journey.approvedCampaign(brandId, useCase, brandName);
const ownedNumber = (areaCode: string) => journey.ownedNumber(areaCode);

async function assigned(phoneNumber: string, campaignId: string) {
  const requested = await numbers('PUT', numberPath(phoneNumber, '/campaign'), { campaignId });
  expect(requested.status).toBe(202);
  expect(requested.body.campaign).toMatchObject({ campaignId, status: 'PENDING' });
  return journey.assigned(phoneNumber, campaignId);
}

/** Waits until the numbers service's view of the campaign (from registration's events) has the status. */
const campaignSeenByNumbers = (campaignId: string, status: string) =>
  eventually(
    () => numbers('GET', `/campaigns/${campaignId}/numbers`),
    (r) => r.body.campaignStatus === status,
  );

async function simulatorCampaign(registryCampaignId: string): Promise<string> {
  const { campaigns } = (await (await fetch(`${platform.simulator.url}/simulator/campaigns`)).json()) as {
    campaigns: Array<{ campaign: { campaignId: string; tcrCampaignId?: string } }>;
  };
  const found = campaigns.find((c) => c.campaign.tcrCampaignId === registryCampaignId);
  if (!found) throw new Error(`the simulator has no campaign ${registryCampaignId}`);
  return found.campaign.campaignId;
}

async function simulatorSays(registryCampaignId: string, what: 'suspend' | 'expire') {
  const id = await simulatorCampaign(registryCampaignId);
  const response = await fetch(`${platform.simulator.url}/simulator/campaigns/${id}/${what}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(what === 'suspend' ? { reason: 'Spam complaints', carrier: 'T-Mobile' } : {}),
  });
  expect(response.status).toBeLessThan(300);
}

beforeAll(async () => {
  platform = await startPlatform(stackFromEnv(process.env));
  journey = partnerJourney(platform, account);
}, 180_000);
afterAll(async () => platform?.stop());

describe('A brand, its campaign and its number, through the registry and the carriers', () => {
  it('ends with the campaign and its number in "what may send"; a carrier suspension removes them', async () => {
    const brand = await approvedBrand({
      entityType: 'PRIVATE_PROFIT',
      legalName: 'Acme Dental LLC',
      displayName: 'Acme Dental',
      ein: '12-3456789',
      vertical: 'HEALTHCARE',
      email: 'ops@acmedental.example',
    });
    expect(brand.vettingScore).toEqual(expect.any(Number));
    const campaignId = await approvedCampaign(brand.brandId, 'ACCOUNT_NOTIFICATION', 'Acme Dental');
    const phoneNumber = await ownedNumber('212');
    const linked = await assigned(phoneNumber, campaignId);
    expect(linked.body).toMatchObject({ status: 'ASSIGNED', areaCode: '212', region: 'NY' });

    const sendable = await eventually(
      () => analytics(`/sendable-campaigns/${campaignId}`),
      (r) => r.status === 200 && r.body.senders?.length === 1,
    );
    expect(sendable.body).toMatchObject({
      campaignId,
      brandId: brand.brandId,
      throughput: { attSmsTpm: expect.any(Number), tmobileTier: expect.any(String) },
      senders: [{ phoneNumber, campaignId, areaCode: '212', region: 'NY' }],
    });
    const pool = await numbers('GET', `/campaigns/${campaignId}/numbers`);
    expect(pool.body.data).toEqual([expect.objectContaining({ phoneNumber, assignmentStatus: 'ASSIGNED' })]);

    const registryCampaignId = (await registration('GET', `/campaigns/${campaignId}`)).body
      .registryCampaignId;
    await simulatorSays(registryCampaignId, 'suspend');
    const gone = await eventually(
      () => analytics(`/sendable-campaigns/${campaignId}`),
      (r) => r.status === 404,
    );
    expect(gone.body.code).toBe('CAMPAIGN_NOT_SENDABLE');
    // The numbers service learnt it too: no more numbers for a suspended campaign.
    await campaignSeenByNumbers(campaignId, 'SUSPENDED');
    const another = await ownedNumber('212');
    const refused = await numbers('PUT', numberPath(another, '/campaign'), { campaignId });
    expect([refused.status, refused.body.code]).toEqual([409, 'CAMPAIGN_NOT_APPROVED']);
  });

  it('refuses a number for a campaign that is not approved yet (409), and an unknown number (404)', async () => {
    const brand = await approvedBrand({
      entityType: 'PRIVATE_PROFIT',
      legalName: 'Bravo Plumbing LLC',
      displayName: 'Bravo Plumbing',
      ein: '98-7654321',
      vertical: 'CONSTRUCTION',
      email: 'ops@bravo.example',
    });
    const drafted = await registration('POST', '/campaigns', {
      brandId: brand.brandId,
      ...campaignContent('CUSTOMER_CARE', 'Bravo Plumbing'),
    });
    const campaignId = drafted.body.campaignId as string;
    const phoneNumber = await ownedNumber('305');
    await campaignSeenByNumbers(campaignId, 'DRAFT');
    const refused = await numbers('PUT', numberPath(phoneNumber, '/campaign'), { campaignId });
    expect([refused.status, refused.body.code]).toEqual([409, 'CAMPAIGN_NOT_APPROVED']);
    expect((await numbers('GET', numberPath(phoneNumber))).body).toMatchObject({
      status: 'AVAILABLE',
      campaign: null,
    });
    const unknown = await numbers('PUT', numberPath('+13055550199', '/campaign'), { campaignId });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'NUMBER_NOT_FOUND']);
  });
});

describe('A sole proprietor', () => {
  it('gets one number; when its campaign expires the number leaves it and the brand may register a new one', async () => {
    const brand = await approvedBrand({
      entityType: 'SOLE_PROPRIETOR',
      legalName: 'Jane Doe',
      displayName: 'Jane Doe Tutoring',
      vertical: 'EDUCATION',
      email: 'jane@tutor.example',
    });
    const campaignId = await approvedCampaign(brand.brandId, 'SOLE_PROPRIETOR', 'Jane Doe Tutoring');
    const [first, second] = [await ownedNumber('512'), await ownedNumber('512')];
    await assigned(first, campaignId);
    const refused = await numbers('PUT', numberPath(second, '/campaign'), { campaignId });
    expect([refused.status, refused.body.code]).toEqual([409, 'SOLE_PROPRIETOR_NUMBER_LIMIT']);

    const draft = { brandId: brand.brandId, ...campaignContent('SOLE_PROPRIETOR', 'Jane Doe Tutoring') };
    expect((await registration('POST', '/campaigns', draft)).body.code).toBe('CAMPAIGN_LIMIT_REACHED');

    const registryCampaignId = (await registration('GET', `/campaigns/${campaignId}`)).body
      .registryCampaignId;
    await simulatorSays(registryCampaignId, 'expire');
    await eventually(
      () => numbers('GET', numberPath(first)),
      (r) => r.body.status === 'AVAILABLE' && r.body.campaign === null,
    );
    const next = await eventually(
      () => registration('POST', '/campaigns', draft),
      (r) => r.status === 201,
    );
    expect(next.body).toMatchObject({ status: 'DRAFT', useCase: 'SOLE_PROPRIETOR' });
  });
});

describe('A number brought from another carrier', () => {
  it('is PORTING, then AVAILABLE once ported, and can then be linked to a campaign', async () => {
    const brand = await approvedBrand({
      entityType: 'PRIVATE_PROFIT',
      legalName: 'Carver Books LLC',
      displayName: 'Carver Books',
      ein: '45-6789012',
      vertical: 'RETAIL',
      email: 'ops@carver.example',
    });
    const campaignId = await approvedCampaign(brand.brandId, 'ACCOUNT_NOTIFICATION', 'Carver Books');
    const phoneNumber = '+16172530142';
    const requested = await numbers('POST', '/numbers/port-ins', {
      phoneNumber,
      authorisation: {
        entityName: 'Carver Books LLC',
        authorisedPerson: 'Cora Carver',
        accountNumber: '88120045',
        pin: '2468',
        serviceAddress: {
          street: '9 Elm St',
          city: 'Boston',
          state: 'MA',
          postalCode: '02108',
          country: 'US',
        },
      },
    });
    expect([requested.status, requested.body.status]).toEqual([202, 'PORTING']);
    await eventually(
      () => numbers('GET', numberPath(phoneNumber)),
      (r) => r.body.status === 'AVAILABLE',
    );
    const linked = await assigned(phoneNumber, campaignId);
    expect(linked.body).toMatchObject({ status: 'ASSIGNED', areaCode: '617', region: 'MA' });
  });
});
