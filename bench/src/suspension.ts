/**
 * How fast a suspended campaign stops being sendable: from the carrier's suspension (the simulator's
 * control endpoint sends the signed webhook) to analytics' "what may send" no longer listing it.
 * Usage: pnpm --filter @longcode/bench suspension [--campaigns 20]   (needs the stack and `pnpm build`)
 * Writes bench/results/suspension-<time>.json.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { campaignContent, eventually, stackFromEnv, startPlatform } from '@longcode/testing';
import { writeReport } from './report.js';
import { createLatencyRecorder } from './stats.js';

const { values } = parseArgs({ options: { campaigns: { type: 'string', default: '20' } } });
const count = Number(values.campaigns);
const platform = await startPlatform(stackFromEnv(process.env), {
  simulator: { SIM_BRAND_DECISION_DELAY_MS: '50' },
});
const headers = {
  'content-type': 'application/json',
  'x-account-id': `acct-${randomBytes(4).toString('hex')}`,
};
const json = async (url: string, method = 'GET', body?: unknown) => {
  const response = await fetch(url, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
  return (await response.json()) as Record<string, unknown>;
};
const registration = platform.registration.url;

const brand = await json(`${registration}/brands`, 'POST', {
  entityType: 'PRIVATE_PROFIT',
  legalName: 'Birch Street Veterinary Clinic, Inc.',
  displayName: 'Birch Vet',
  ein: '12-3456789',
  vertical: 'HEALTHCARE',
  email: 'ops@acme.example',
});
await eventually(
  () => json(`${registration}/brands/${brand.brandId}`),
  (b) => b.status === 'APPROVED',
);

/** A campaign written the way carriers approve them (the linter lets it through). */
const content = { brandId: brand.brandId, ...campaignContent('ACCOUNT_NOTIFICATION', 'Birch Vet') };
const sendableStatus = async (campaignId: string) =>
  (await fetch(`${platform.analytics.url}/sendable-campaigns/${campaignId}`, { headers })).status;
type SimulatedCampaigns = { campaigns: Array<{ campaign: { campaignId: string; tcrCampaignId?: string } }> };

const latency = createLatencyRecorder();
for (let i = 0; i < count; i++) {
  const campaign = await json(`${registration}/campaigns`, 'POST', content);
  const campaignId = campaign.campaignId as string;
  await fetch(`${registration}/campaigns/${campaignId}/submit`, {
    method: 'POST',
    headers: { 'x-account-id': headers['x-account-id'] },
  });
  const approved = await eventually(
    () => json(`${registration}/campaigns/${campaignId}`),
    (c) => c.status === 'APPROVED',
  );
  await eventually(
    () => sendableStatus(campaignId),
    (status) => status === 200,
  );
  const list = (await (
    await fetch(`${platform.simulator.url}/simulator/campaigns`)
  ).json()) as SimulatedCampaigns;
  const simulatorId = list.campaigns.find((c) => c.campaign.tcrCampaignId === approved.registryCampaignId)
    ?.campaign.campaignId;
  const started = performance.now();
  await fetch(`${platform.simulator.url}/simulator/campaigns/${simulatorId}/suspend`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ reason: 'bench', carrier: 'T-Mobile' }),
  });
  await eventually(
    () => sendableStatus(campaignId),
    (status) => status === 404,
    { intervalMs: 5 },
  );
  latency.record(performance.now() - started);
}
await platform.stop();
const result = { campaigns: count, suspensionToNotSendableMs: latency.summary() };
console.table(result.suspensionToNotSendableMs);
writeReport('suspension', { campaigns: count }, result);
process.exit(0);
