import { randomUUID } from 'node:crypto';
import { approvedThroughput } from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumed, startDispatchHarness } from '../testing/harness.js';

// A database of its own: what a pass claims first depends on every due message in it.
let h: Awaited<ReturnType<typeof startDispatchHarness>>;
const accountId = 'acct-priority';
const account = { 'x-account-id': accountId };
const campaigns = { urgent: randomUUID(), transactional: randomUUID(), marketing: randomUUID() };

beforeAll(async () => {
  h = await startDispatchHarness();
  const useCases = { urgent: '2FA', transactional: 'ACCOUNT_NOTIFICATION', marketing: 'MARKETING' };
  let sender = 100;
  for (const [kind, campaignId] of Object.entries(campaigns)) {
    await h.sendable(
      consumed(
        'longcode.registration.CampaignApproved',
        {
          campaignId,
          brandId: 'brand-priority',
          registryCampaignId: `CPRI${sender}`,
          useCase: useCases[kind as keyof typeof useCases],
          throughput: approvedThroughput(),
        },
        accountId,
      ),
      consumed(
        'longcode.numbers.NumberAssigned',
        {
          phoneNumber: `+12125550${++sender}`,
          campaignId,
          areaCode: '212',
          region: 'NY',
        },
        accountId,
      ),
    );
  }
});
afterAll(async () => {
  await h?.stop();
});

let n = 0;
const send = async (campaignId: string) => {
  const r = await h.app.inject({
    method: 'POST',
    url: '/messages',
    headers: account,
    payload: { campaignId, to: `+1312555${String(2000 + ++n)}`, text: 'Acme: a message' },
  });
  expect(r.statusCode, r.body).toBe(202);
  return r.json().id as string;
};

describe('Submitter > priority', () => {
  it('sends passcodes first, then other transactional messages, then marketing, whatever the order they came in', async () => {
    const marketing = [await send(campaigns.marketing), await send(campaigns.marketing)];
    const transactional = [await send(campaigns.transactional), await send(campaigns.transactional)];
    const urgent = [await send(campaigns.urgent), await send(campaigns.urgent)];
    // Noon in Chicago (the recipients' 312) a day after now: every message is due, marketing included.
    const noon = Math.ceil(Date.now() / 86_400_000) * 86_400_000 + 18 * 3_600_000;
    const submitter = h.submitter({ now: () => new Date(noon), batchSize: 2 });
    const sentNow = async () => {
      const before = h.fake.sent.length;
      await submitter.runOnce();
      return h.fake.sent
        .slice(before)
        .map((m) => m.messageId)
        .sort();
    };
    expect(await sentNow()).toEqual([...urgent].sort());
    expect(await sentNow()).toEqual([...transactional].sort());
    expect(await sentNow()).toEqual([...marketing].sort());
  });
});
