import { createLogger, loadConfig } from '@longcode/kit';
import { expect, vi } from 'vitest';
import { buildApp } from './app.js';
import { configSchema } from './config.js';
import { signingKeyFrom } from './signing.js';

/** Test support: the simulator's Telnyx API as a partner calls it, to get an approved campaign. */

/** A brand as a partner registers it with Telnyx's 10DLC API. */
export const acmeBrandRequest = {
  entityType: 'PRIVATE_PROFIT',
  displayName: 'Acme Dental',
  companyName: 'Acme Dental LLC',
  ein: '12-3456789',
  country: 'US',
  email: 'ops@acmedental.example',
  vertical: 'HEALTHCARE',
};

/** A campaign for that brand, as Telnyx's campaign builder takes it. */
export const acmeCampaignRequest = (brandId: string) => ({
  brandId,
  usecase: 'ACCOUNT_NOTIFICATION',
  description: 'Appointment reminders for patients of Acme Dental who opted in.',
  messageFlow: 'Patients opt in on the intake form at https://acmedental.example/intake.',
  sample1: 'Acme Dental: your cleaning is on Tue 3/10 at 2:30pm. Reply STOP to opt out.',
  termsAndConditions: true,
});

/** A call to the simulator's Telnyx API with its key. */
export async function telnyxApi(
  simulatorUrl: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<Record<string, string>> {
  const response = await fetch(`${simulatorUrl}/v2${path}`, {
    method,
    headers: { authorization: 'Bearer sim-key', 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return (await response.json()) as Record<string, string>;
}

/** A campaign the simulated registry and carriers approved: TCR's id, as the numbers service links by. */
export async function approvedCampaign(simulatorUrl: string): Promise<string> {
  const api = (method: 'GET' | 'POST', path: string, body?: unknown) =>
    telnyxApi(simulatorUrl, method, path, body);
  const { brandId } = await api('POST', '/10dlc/brand', acmeBrandRequest);
  await vi.waitFor(async () => expect((await api('GET', `/10dlc/brand/${brandId}`)).status).toBe('OK'));
  const { campaignId } = await api('POST', '/10dlc/campaignBuilder', acmeCampaignRequest(brandId ?? ''));
  return vi.waitFor(async () => {
    const campaign = await api('GET', `/10dlc/campaign/${campaignId}`);
    expect(campaign.campaignStatus).toBe('MNO_PROVISIONED');
    return campaign.tcrCampaignId ?? '';
  });
}

/** The simulator listening on a free port with these SIM_* variables; its webhooks answered 200 and dropped. */
export async function startSimulator(env: Record<string, string>) {
  const config = loadConfig(configSchema, { SIM_API_KEY: 'sim-key', ...env });
  const logger = createLogger({ level: 'silent', service: 'simulator' });
  const webhooks: typeof globalThis.fetch = async () => new Response(null, { status: 200 });
  const app = buildApp({ logger, config, signingKey: signingKeyFrom(undefined), fetch: webhooks });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url };
}
