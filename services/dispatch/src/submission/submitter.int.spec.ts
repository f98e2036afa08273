import { randomUUID } from 'node:crypto';
import { approvedThroughput, stackFromEnv } from '@longcode/testing';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLimiter } from '../pacing/limiter.js';
import { consumed, startDispatchHarness } from '../testing/harness.js';

let h: Awaited<ReturnType<typeof startDispatchHarness>>;
const account = { 'x-account-id': 'acct-1' };
let campaignId: string;
const sender = '+12125550100';
let n = 0;
const recipient = () => `+1312555${String(1000 + ++n).slice(-4)}`;

beforeAll(async () => {
  h = await startDispatchHarness();
  campaignId = randomUUID();
  await h.sendable(
    consumed('longcode.registration.CampaignApproved', {
      campaignId,
      brandId: 'brand-1',
      registryCampaignId: 'CABC123',
      throughput: approvedThroughput(),
      useCase: '2FA',
    }),
    consumed('longcode.numbers.NumberAssigned', {
      phoneNumber: sender,
      campaignId,
      areaCode: '212',
      region: 'NY',
    }),
  );
});
const redis = new Redis(stackFromEnv(process.env).redisUrl);
// A test that makes the provider answer otherwise leaves it accepting again for the next.
afterEach(() => void h?.fake.answerNormally());
afterAll(async () => {
  await h?.stop();
  await redis.quit();
});

const send = async (to = recipient()) => {
  const r = await h.app.inject({
    method: 'POST',
    url: '/messages',
    headers: account,
    payload: { campaignId, to, text: 'Acme: your code is 123456' },
  });
  expect(r.statusCode).toBe(202);
  return r.json().id as string;
};
const status = async (id: string) =>
  (await h.app.inject({ url: `/messages/${id}`, headers: account })).json();

describe('Submitter', () => {
  it('hands an accepted message to the provider once and records it sent with the provider id', async () => {
    const id = await send();
    await h.submitter().runOnce();
    await h.submitter().runOnce();
    expect(h.fake.sent.filter((m) => m.messageId === id)).toHaveLength(1);
    expect(await status(id)).toMatchObject({ status: 'sent', providerMessageId: `prov-${id}` });
  });

  it('sends each message once when two dispatch instances run at the same time', async () => {
    const ids = await Promise.all(Array.from({ length: 60 }, () => send()));
    const submitters = [h.submitter(), h.submitter(), h.submitter()];
    let passes: number[];
    do passes = await Promise.all(submitters.map((s) => s.runOnce()));
    while (passes.some((sent) => sent > 0));
    for (const id of ids) expect(h.fake.sent.filter((m) => m.messageId === id)).toHaveLength(1);
  });

  it('never sends again a message whose submission outcome is unknown', async () => {
    h.fake.answerWith(() => ({ outcome: 'unknown', reason: 'timeout' }));
    const id = await send();
    await h.submitter().runOnce();
    await h.submitter().runOnce();
    expect(h.fake.sent.filter((m) => m.messageId === id)).toHaveLength(1);
    expect(await status(id)).toMatchObject({ status: 'sending' });
  });

  it('fails a submission nobody confirmed, long after, as SUBMISSION_UNCONFIRMED; a fresh one is left alone', async () => {
    h.fake.answerWith(() => ({ outcome: 'unknown', reason: 'connection reset' }));
    const id = await send();
    await h.submitter().runOnce();
    const later = h.submitter({
      settleAfterMs: 60_000,
      now: () => new Date(Date.now() + 120_000),
    });
    expect(await later.settleUnconfirmed()).toBeGreaterThanOrEqual(1);
    expect(await status(id)).toMatchObject({ status: 'failed', errorCode: 'SUBMISSION_UNCONFIRMED' });
    const fresh = await send();
    await h.submitter().runOnce();
    expect(await h.submitter().settleUnconfirmed()).toBe(0);
    expect(await status(fresh)).toMatchObject({ status: 'sending' });
  });

  it('queues a message the provider refused for now, to retry a minute later', async () => {
    h.fake.answerWith(() => ({
      outcome: 'rejected',
      code: '10011',
      description: 'Too many requests',
      retriable: true,
      retryAfterMs: null,
    }));
    const id = await send();
    await h.submitter().runOnce();
    expect(await status(id)).toMatchObject({ status: 'queued', errorCode: '10011' });
    await h.submitter().runOnce();
    expect(h.fake.sent.filter((m) => m.messageId === id)).toHaveLength(1);
  });

  it('does not send a message to someone who opted out after it was accepted', async () => {
    const to = recipient();
    const id = await send(to);
    await h.consent(
      consumed('longcode.compliance.ConsentRevoked', {
        phoneNumber: to,
        scope: 'BRAND',
        campaignId,
        brandId: 'brand-1',
        how: 'KEYWORD',
        keyword: 'STOP',
        sourceMessageId: null,
        actor: 'recipient',
        expiresAt: null,
      }),
    );
    await h.submitter().runOnce();
    expect(h.fake.sent.filter((m) => m.messageId === id)).toHaveLength(0);
    expect(await status(id)).toMatchObject({ status: 'canceled', errorCode: 'RECIPIENT_OPTED_OUT' });
  });

  it('sends the opt-out confirmation compliance asked for, despite the opt-out it confirms', async () => {
    const to = recipient();
    const replyId = randomUUID();
    await h.consent(
      consumed('longcode.compliance.ConsentRevoked', {
        phoneNumber: to,
        scope: 'BRAND',
        campaignId,
        brandId: 'brand-1',
        how: 'KEYWORD',
        keyword: 'STOP',
        sourceMessageId: null,
        actor: 'recipient',
        expiresAt: null,
      }),
      consumed('longcode.compliance.ReplyRequested', {
        phoneNumber: to,
        replyId,
        kind: 'OPT_OUT_CONFIRMATION',
        campaignId,
        from: sender,
        text: 'Acme: unsubscribed.',
        inReplyTo: null,
      }),
    );
    await h.submitter().runOnce();
    expect(h.fake.sent.filter((m) => m.to === to).map((m) => m.text)).toEqual(['Acme: unsubscribed.']);
    expect(await status(replyId)).toMatchObject({ status: 'sent' });
  });

  it('applies a delivery receipt that arrived before the provider id was recorded, once the id is', async () => {
    const id = await send();
    await h.deliveries(
      consumed('longcode.receipts.DeliveryReported', {
        providerMessageId: `prov-${id}`,
        provider: 'telnyx',
        providerEventId: randomUUID(),
        messageId: null,
        status: 'delivered',
        errorCode: null,
        errorDescription: null,
        retriable: null,
        reportedAt: Date.now(),
        webhookId: randomUUID(),
      }),
    );
    await h.submitter().runOnce();
    expect(await status(id)).toMatchObject({ status: 'delivered' });
  });
});

describe('Submitter > pacing', () => {
  it("sends no more than the campaign's AT&T rate in a minute; the rest wait, untouched, for the next minute", async () => {
    const paced = randomUUID();
    await h.sendable(
      consumed('longcode.registration.CampaignApproved', {
        campaignId: paced,
        brandId: `brand-${paced}`,
        registryCampaignId: 'CPACED1',
        useCase: 'MARKETING',
        throughput: approvedThroughput({ attSmsTpm: 10, tmobileDailyCap: null }),
      }),
      consumed('longcode.numbers.NumberAssigned', {
        phoneNumber: '+14155550100',
        campaignId: paced,
        areaCode: '415',
        region: 'CA',
      }),
    );
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) {
      const r = await h.app.inject({
        method: 'POST',
        url: '/messages',
        headers: account,
        payload: { campaignId: paced, to: recipient(), text: 'Acme: sale', sendAt: undefined },
      });
      ids.push(r.json().id);
    }
    const limiter = createLimiter(redis);
    // Noon in Chicago (the recipients' 312), a day after now: inside quiet hours' window, and all due.
    let clock = Math.ceil(Date.now() / 86_400_000) * 86_400_000 + 18 * 3_600_000 + 5_000;
    const paceAt = () => new Date(clock);
    const submitter = h.submitter({
      now: paceAt,
      limiter,
    });
    const sentOf = () => ids.filter((id) => h.fake.sent.some((m) => m.messageId === id)).length;
    await submitter.runOnce();
    await submitter.runOnce();
    expect(sentOf()).toBe(10);
    clock += 60_000;
    await submitter.runOnce();
    expect(sentOf()).toBe(20);
  });
});

describe('Submitter > quiet hours', () => {
  it('holds a marketing message that would reach the recipient at night, and sends it at 08:00 their time', async () => {
    const marketing = randomUUID();
    await h.sendable(
      consumed('longcode.registration.CampaignApproved', {
        campaignId: marketing,
        brandId: `brand-${marketing}`,
        registryCampaignId: 'CMKT001',
        useCase: 'MARKETING',
        throughput: approvedThroughput(),
      }),
      consumed('longcode.numbers.NumberAssigned', {
        phoneNumber: '+13055550100',
        campaignId: marketing,
        areaCode: '305',
        region: 'FL',
      }),
    );
    const accepted = await h.app.inject({
      method: 'POST',
      url: '/messages',
      headers: account,
      payload: {
        campaignId: marketing,
        to: '+13125550777',
        text: 'Acme: 20% off this weekend. Reply STOP to opt out.',
      },
    });
    const id = accepted.json().id as string;
    // 02:30 in Chicago (the recipient's 312) on the first day after now: inside quiet hours.
    const day = Math.ceil(Date.now() / 86_400_000) * 86_400_000;
    let clock = day + 8.5 * 3_600_000; // 08:30Z = 02:30 CST
    const at = () => new Date(clock);
    const submitter = h.submitter({ now: at });
    await submitter.runOnce();
    const held = await status(id);
    expect(held).toMatchObject({ status: 'queued' });
    expect(h.fake.sent.some((m) => m.messageId === id)).toBe(false);
    clock = day + 13 * 3_600_000 + 59 * 60_000; // 07:59 CST: still held
    await submitter.runOnce();
    expect(h.fake.sent.some((m) => m.messageId === id)).toBe(false);
    clock = day + 14 * 3_600_000; // 08:00 CST
    await submitter.runOnce();
    expect(h.fake.sent.filter((m) => m.messageId === id)).toHaveLength(1);
    expect(await status(id)).toMatchObject({ status: 'sent' });
  });
});
