import { randomUUID } from 'node:crypto';
import type { SendResult } from '@longcode/providers';
import { approvedThroughput, eventually } from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumed, startDispatchHarness } from '../testing/harness.js';

// A database of its own: the running submitter takes every due message in it.
let h: Awaited<ReturnType<typeof startDispatchHarness>>;
const accountId = 'acct-overlap';
const campaignId = randomUUID();

beforeAll(async () => {
  h = await startDispatchHarness();
  await h.sendable(
    consumed(
      'longcode.registration.CampaignApproved',
      {
        campaignId,
        brandId: 'brand-overlap',
        registryCampaignId: 'COVERLAP',
        useCase: '2FA',
        throughput: approvedThroughput(),
      },
      accountId,
    ),
    consumed(
      'longcode.numbers.NumberAssigned',
      { phoneNumber: '+12125550199', campaignId, areaCode: '212', region: 'NY' },
      accountId,
    ),
  );
});
afterAll(async () => {
  await h?.stop();
});

describe('Submitter > running', () => {
  it('keeps claiming while earlier sends wait on the carrier, up to its concurrency, and answers them all before it stops', async () => {
    // The carrier holds every answer until the test lets them go.
    const held: Array<() => void> = [];
    h.fake.answerWith(
      (m) =>
        new Promise<SendResult>((resolve) =>
          held.push(() =>
            resolve({ outcome: 'accepted', providerMessageId: `prov-${m.messageId}`, segments: 1 }),
          ),
        ),
    );
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const r = await h.app.inject({
        method: 'POST',
        url: '/messages',
        headers: { 'x-account-id': accountId },
        payload: { campaignId, to: `+1312555${3000 + i}`, text: 'Acme: your code is 123456' },
      });
      expect(r.statusCode).toBe(202);
      ids.push(r.json().id);
    }
    const submitter = h.submitter({ batchSize: 8, concurrency: 32 });
    submitter.start();
    // Four passes of 8 go out although no send has been answered; the fifth waits for room.
    await eventually(
      async () => h.fake.sent.length,
      (n) => n === 32,
    );
    const stopping = submitter.stop();
    for (const release of held.splice(0)) release();
    await stopping;
    const status = async (id: string) =>
      (await h.app.inject({ url: `/messages/${id}`, headers: { 'x-account-id': accountId } })).json().status;
    const statuses = await Promise.all(ids.map(status));
    expect(statuses.filter((s) => s === 'sent')).toHaveLength(h.fake.sent.length);
    expect(statuses.filter((s) => s === 'sending')).toHaveLength(0);
    h.fake.answerNormally();
  });
});
