import { randomBytes } from 'node:crypto';
import { eventually, type Platform, stackFromEnv, startPlatform } from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A brand's registration end to end, as separate processes: registration submits it to the provider
 * (the simulator, speaking Telnyx's 10DLC API), the simulator vets and decides, its signed webhooks
 * drive the brand's lifecycle, and analytics' read model follows.
 */
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform(stackFromEnv(process.env), {
    simulator: { SIM_REJECT_LEGAL_NAME_PATTERN: '^Shady', SIM_VETTING_SCORE: '82' },
  });
}, 180_000);
afterAll(async () => platform?.stop());

interface Brand {
  brandId: string;
  status: string;
  legalName: string;
  registryBrandId: string | null;
  identityStatus: string | null;
  vettingScore: number | null;
  rejectionReasons: Array<{ code: string; description: string }>;
}

const account = `acct-${randomBytes(4).toString('hex')}`;
const headers = { 'content-type': 'application/json', 'x-account-id': account };
const brandBody = (legalName: string) => ({
  entityType: 'PRIVATE_PROFIT',
  legalName,
  displayName: 'Acme Dental',
  ein: '12-3456789',
  website: 'https://acme.example',
  vertical: 'HEALTHCARE',
  email: 'ops@acme.example',
  phone: '+15555550100',
});

async function create(legalName: string): Promise<Brand> {
  const response = await fetch(`${platform.registration.url}/brands`, {
    method: 'POST',
    headers,
    body: JSON.stringify(brandBody(legalName)),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as Brand;
}
const read = async (brandId: string) =>
  (await (await fetch(`${platform.registration.url}/brands/${brandId}`, { headers })).json()) as Brand;
const listed = async (brandId: string) => {
  const response = await fetch(`${platform.analytics.url}/brands/${brandId}`, { headers });
  return response.ok ? ((await response.json()) as { status: string }) : undefined;
};

describe('Brand registration > through the provider', () => {
  it('is vetted and approved by webhook, with its registry id, and analytics shows it approved', async () => {
    const { brandId, status } = await create('Acme Dental LLC');
    expect(status).toBe('PENDING');
    const approved = await eventually(
      () => read(brandId),
      (brand) => brand.status === 'APPROVED',
    );
    expect(approved.registryBrandId).toBeTruthy();
    expect(approved.identityStatus).toBeTruthy();
    expect(approved.vettingScore).toBe(82);
    await eventually(
      () => listed(brandId),
      (brand) => brand?.status === 'APPROVED',
    );
  });

  it('is rejected with the provider reasons, then approved after the partner corrects and resubmits it', async () => {
    const { brandId } = await create('Shady Dental LLC');
    const rejected = await eventually(
      () => read(brandId),
      (brand) => brand.status === 'REJECTED',
    );
    expect(rejected.rejectionReasons.length).toBeGreaterThan(0);
    await eventually(
      () => listed(brandId),
      (brand) => brand?.status === 'REJECTED',
    );

    const resubmitted = await fetch(`${platform.registration.url}/brands/${brandId}/resubmit`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        legalName: 'Acme Dental LLC',
        displayName: 'Acme Dental',
        ein: '12-3456789',
        email: 'ops@acme.example',
      }),
    });
    expect(resubmitted.status).toBe(200);
    expect(((await resubmitted.json()) as Brand).status).toBe('PENDING');
    const approved = await eventually(
      () => read(brandId),
      (brand) => brand.status === 'APPROVED',
    );
    expect(approved.legalName).toBe('Acme Dental LLC');
    await eventually(
      () => listed(brandId),
      (brand) => brand?.status === 'APPROVED',
    );
  });

  it('refuses to resubmit a brand that was not rejected (409), changing nothing', async () => {
    const { brandId } = await create('Acme Dental LLC');
    await eventually(
      () => read(brandId),
      (brand) => brand.status === 'APPROVED',
    );
    const response = await fetch(`${platform.registration.url}/brands/${brandId}/resubmit`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        legalName: 'Other LLC',
        displayName: 'Other',
        ein: '12-3456789',
        email: 'ops@acme.example',
      }),
    });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ code: 'BRAND_NOT_REJECTED' });
    expect((await read(brandId)).legalName).toBe('Acme Dental LLC');
  });

  it('refuses a webhook whose signature does not verify (401), changing nothing', async () => {
    const { brandId } = await create('Acme Dental LLC');
    const approved = await eventually(
      () => read(brandId),
      (brand) => brand.status === 'APPROVED',
    );
    const forged = await fetch(`${platform.registration.url}/webhooks/registration/telnyx`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'telnyx-timestamp': String(Math.floor(Date.now() / 1000)),
        'telnyx-signature-ed25519': Buffer.alloc(64, 7).toString('base64'),
      },
      body: JSON.stringify({ data: { event_type: '10dlc.brand.update', payload: { brandId: 'x' } } }),
    });
    expect(forged.status).toBe(401);
    expect((await read(brandId)).status).toBe(approved.status);
  });
});
