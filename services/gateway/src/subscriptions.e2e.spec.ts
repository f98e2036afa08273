import { createServer, type Server } from 'node:http';
import {
  callGateway,
  eventually,
  openAccount,
  type Platform,
  partnerJourney,
  personTexts,
  stackFromEnv,
  startPlatform,
} from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCallback } from './callbacks/signing.js';

/**
 * Webhook subscriptions through the running platform: a partner subscribes endpoints to event types and
 * receives, signed with each subscription's secret, the statuses of its messages, the texts people send
 * to its numbers, the opt-outs they cause, and its campaigns' decisions.
 */
let platform: Platform;
let key: string;
let otherKey: string;
let accountId: string;
let campaignId: string;
let from: string;

interface Received {
  path: string;
  body: string;
  signature: string;
  type: string;
}
const received: Received[] = [];
let receiver: Server;
let base: string;
/** Paths that answer 500 to their first delivery. */
const failOnce = new Set(['/flaky']);

const call = (method: string, path: string, body?: unknown, as = key) =>
  callGateway(platform, method, path, { credential: as, body });
const at = (path: string) =>
  received.filter((r) => r.path === path).map((r) => ({ ...r, json: JSON.parse(r.body) }));

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const path = request.url ?? '';
      received.push({
        path,
        body,
        signature: String(request.headers['longcode-signature'] ?? ''),
        type: String(request.headers['longcode-event-type'] ?? ''),
      });
      const first = failOnce.delete(path);
      response.statusCode = first ? 500 : 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as { port: number }).port}`;

  platform = await startPlatform(stackFromEnv(process.env), {
    services: { gateway: { CALLBACK_RETRY_MS: '300,600' } },
  });
  ({ accountId, key } = await openAccount(platform, 'Acme Dental'));
  ({ key: otherKey } = await openAccount(platform, 'Other Partner'));
  ({ campaignId, from } = await partnerJourney(platform, accountId).readyToSend());
}, 240_000);
afterAll(async () => {
  await platform?.stop();
  await new Promise<void>((resolve) => receiver?.close(() => resolve()));
});

describe('Webhook subscriptions', () => {
  const subscriptions: Record<string, { id: string; secret: string }> = {};
  beforeAll(async () => {
    const plan: Record<string, string[]> = {
      '/messages': ['message.status', 'message.inbound'],
      '/consent': ['opt-out.changed'],
      '/campaigns': ['campaign.status'],
      '/flaky': ['message.status'],
    };
    for (const [path, eventTypes] of Object.entries(plan)) {
      const created = await call('POST', '/v1/webhook-subscriptions', { url: `${base}${path}`, eventTypes });
      expect(created.status).toBe(201);
      expect(created.body.secret).toMatch(/^whsec_/);
      subscriptions[path] = { id: created.body.id, secret: created.body.secret };
    }
  });

  it("delivers a message's statuses to the endpoints subscribed to them, each signed with its own secret", async () => {
    const sent = await call('POST', '/v1/messages', {
      campaignId,
      to: '+13125550160',
      text: 'Acme Dental: see you Tuesday.',
    });
    expect(sent.status).toBe(202);
    const statuses = (path: string) =>
      at(path)
        .filter((r) => r.json.data.messageId === sent.body.id)
        .map((r) => r.json.data.status);
    await eventually(
      async () => statuses('/messages'),
      (s) => s.includes('delivered'),
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    expect(statuses('/messages')).toEqual(expect.arrayContaining(['sent', 'delivered']));
    const now = Math.floor(Date.now() / 1000);
    const mine = at('/messages');
    expect(
      mine.every((r) => verifyCallback(subscriptions['/messages']?.secret ?? '', r.signature, r.body, now)),
    ).toBe(true);
    expect(
      mine.some((r) => verifyCallback(subscriptions['/flaky']?.secret ?? '', r.signature, r.body, now)),
    ).toBe(false);
    expect(mine.every((r) => r.type === r.json.type)).toBe(true);
    expect(at('/consent').filter((r) => r.json.type === 'message.status')).toEqual([]);
  });

  it('tries again after a failing endpoint, and logs each delivery under its subscription', async () => {
    const flaky = subscriptions['/flaky']?.id;
    const log = await eventually(
      () => call('GET', `/v1/callbacks/deliveries?subscriptionId=${flaky}`),
      (r) => r.body.data.length > 0 && r.body.data.every((d: { status: string }) => d.status === 'delivered'),
      { timeoutMs: 30_000 },
    );
    expect(Math.max(...log.body.data.map((d: { attempts: number }) => d.attempts))).toBeGreaterThan(1);
    expect(log.body.data[0]).toMatchObject({ subscriptionId: flaky, eventType: 'message.status' });
  });

  it('tells of a text to one of our numbers, and of the opt-out a STOP makes', async () => {
    await personTexts(platform, { from: '+13125550161', to: from, text: 'STOP' });
    const inbound = await eventually(
      async () => at('/messages').filter((r) => r.json.type === 'message.inbound'),
      (r) => r.length > 0,
      { timeoutMs: 30_000 },
    );
    expect(inbound[0]?.json.data).toMatchObject({ from: '+13125550161', to: from, text: 'STOP' });
    const optOut = await eventually(
      async () => at('/consent'),
      (r) => r.length > 0,
      { timeoutMs: 30_000 },
    );
    expect(optOut[0]?.json).toMatchObject({
      type: 'opt-out.changed',
      data: { phoneNumber: '+13125550161', optedOut: true, keyword: 'STOP' },
    });
  });

  it("tells of its campaigns' decisions", async () => {
    const journey = partnerJourney(platform, accountId);
    const brandId = (await call('GET', `/v1/campaigns/${campaignId}`)).body.brandId;
    const second = await journey.approvedCampaign(brandId, 'DELIVERY_NOTIFICATION', 'Acme Dental');
    const decisions = await eventually(
      async () =>
        at('/campaigns')
          .filter((r) => r.json.data.campaignId === second)
          .map((r) => r.json.data.status),
      (s) => s.includes('approved'),
      { timeoutMs: 30_000 },
    );
    expect(decisions).toEqual(expect.arrayContaining(['submitted', 'approved']));
  });

  it('sends a paused subscription nothing (no replay either) until it is resumed', async () => {
    const id = subscriptions['/messages']?.id;
    const earlier = (await call('GET', `/v1/callbacks/deliveries?subscriptionId=${id}`)).body.data[0];
    expect((await call('PATCH', `/v1/webhook-subscriptions/${id}`, { isActive: false })).status).toBe(200);
    try {
      const sent = await call('POST', '/v1/messages', {
        campaignId,
        to: '+13125550163',
        text: 'Acme Dental: paused.',
      });
      // The other endpoint subscribed to statuses hears of it; the paused one does not.
      await eventually(
        async () =>
          at('/flaky').filter(
            (r) => r.json.data.messageId === sent.body.id && r.json.data.status === 'delivered',
          ),
        (r) => r.length > 0,
        { timeoutMs: 30_000 },
      );
      expect(at('/messages').filter((r) => r.json.data.messageId === sent.body.id)).toEqual([]);
      const replay = await call('POST', `/v1/callbacks/deliveries/${earlier.id}/replay`);
      expect([replay.status, replay.body.code]).toEqual([409, 'SUBSCRIPTION_PAUSED']);
    } finally {
      expect((await call('PATCH', `/v1/webhook-subscriptions/${id}`, { isActive: true })).status).toBe(200);
    }
    const after = await call('POST', '/v1/messages', {
      campaignId,
      to: '+13125550164',
      text: 'Acme Dental: resumed.',
    });
    await eventually(
      async () =>
        at('/messages').filter(
          (r) => r.json.data.messageId === after.body.id && r.json.data.status === 'delivered',
        ),
      (r) => r.length > 0,
      { timeoutMs: 30_000 },
    );
  });

  it('stops delivering to a deleted subscription; another account sees none of them', async () => {
    const id = subscriptions['/flaky']?.id;
    expect((await call('GET', `/v1/webhook-subscriptions/${id}`, undefined, otherKey)).status).toBe(404);
    expect((await call('GET', '/v1/webhook-subscriptions', undefined, otherKey)).body.data).toEqual([]);
    expect((await call('DELETE', `/v1/webhook-subscriptions/${id}`, undefined, otherKey)).status).toBe(404);
    expect((await call('DELETE', `/v1/webhook-subscriptions/${id}`)).status).toBe(204);

    const before = at('/flaky').length;
    const sent = await call('POST', '/v1/messages', {
      campaignId,
      to: '+13125550162',
      text: 'Acme Dental: see you Friday.',
    });
    await eventually(
      async () =>
        at('/messages').filter(
          (r) => r.json.data.messageId === sent.body.id && r.json.data.status === 'delivered',
        ),
      (r) => r.length > 0,
      { timeoutMs: 30_000 },
    );
    expect(at('/flaky').length).toBe(before);
  });

  it("sends a deleted subscription's delivery no more, replayed or not (nor under the account's secret)", async () => {
    const id = subscriptions['/flaky']?.id;
    const log = await call('GET', `/v1/callbacks/deliveries?subscriptionId=${id}`);
    const delivery = log.body.data[0] as { id: string };
    const before = at('/flaky').length;
    expect((await call('POST', `/v1/callbacks/deliveries/${delivery.id}/replay`)).status).toBe(202);
    const ended = await eventually(
      () => call('GET', `/v1/callbacks/deliveries?subscriptionId=${id}`),
      (r) => r.body.data.find((d: { id: string }) => d.id === delivery.id)?.status !== 'pending',
      { timeoutMs: 15_000 },
    );
    expect(ended.body.data.find((d: { id: string }) => d.id === delivery.id)).toMatchObject({
      status: 'failed',
      lastError: expect.stringContaining('no longer exists'),
    });
    expect(at('/flaky').length).toBe(before);
  });

  it('refuses a URL no parser can read (a host of five numbers) as a bad request', async () => {
    const answer = await call('POST', '/v1/webhook-subscriptions', {
      url: 'http://1.2.3.4.5/hook',
      eventTypes: ['message.status'],
    });
    expect([answer.status, answer.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('refuses event types it does not know, naming them', async () => {
    const answer = await call('POST', '/v1/webhook-subscriptions', {
      url: `${base}/x`,
      eventTypes: ['message.everything'],
    });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('eventTypes');
  });
});
