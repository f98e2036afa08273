import { createServer, type Server } from 'node:http';
import {
  callGateway,
  campaignContent,
  eventually,
  openAccount,
  type Platform,
  partnerJourney,
  personTexts,
  stackFromEnv,
  startPlatform,
} from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The BOLA matrix (OWASP API1): every id-bearing route the gateway documents, called by a second
 * account with the first account's real ids, answers 404 with nothing of the first account in the
 * body, and changes nothing. The routes come from /openapi.json, so a new route with an id in its path
 * fails this spec until it is given an id (and, if it takes a body, a valid one) here.
 */
let platform: Platform;
let receiver: Server;
const owner = { accountId: '', key: '' };
const intruder = { accountId: '', key: '' };
/** The owner's real id for each path parameter. */
const ids: Record<string, string> = {};

const call = (key: string, method: string, path: string, body?: unknown) =>
  callGateway(platform, method, path, { credential: key, body });

/** A body each mutating route accepts, so that only ownership can refuse it. */
const bodies: Record<string, unknown> = {
  'POST /v1/brands/{brandId}/resubmit': {
    legalName: 'Intruder LLC',
    displayName: 'Intruder',
    email: 'x@intruder.example',
  },
  'POST /v1/campaigns/{campaignId}/submit': {},
  'PUT /v1/campaigns/{campaignId}': campaignContent('ACCOUNT_NOTIFICATION', 'Intruder'),
  'POST /v1/messages/{messageId}/cancel': {},
  'PUT /v1/numbers/{phoneNumber}/campaign': () => ({ campaignId: ids.intruderCampaignId }),
  'PATCH /v1/users/{userId}': { role: 'admin' },
  'PUT /v1/users/{userId}/brands/{brandId}': { role: 'owner' },
  'PATCH /v1/webhook-subscriptions/{subscriptionId}': { url: 'http://127.0.0.1:9/taken' },
  'POST /v1/callbacks/deliveries/{deliveryId}/replay': {},
};
/** A person's phone number is not the account's: these answer the caller's own records of it. */
const notOwned = new Set([
  'GET /v1/consents/{phoneNumber}',
  'POST /v1/consents/{phoneNumber}/revocations',
  'POST /v1/consents/{phoneNumber}/grants',
]);

beforeAll(async () => {
  receiver = createServer((request, response) => {
    request.resume();
    request.on('end', () => response.writeHead(204).end());
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const hook = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;

  platform = await startPlatform(stackFromEnv(process.env));
  Object.assign(owner, await openAccount(platform, 'Owner'));
  Object.assign(intruder, await openAccount(platform, 'Intruder'));
  const mine = await partnerJourney(platform, owner.accountId).readyToSend();
  const theirs = await partnerJourney(platform, intruder.accountId).readyToSend({ areaCode: '415' });
  Object.assign(ids, {
    brandId: mine.brandId,
    campaignId: mine.campaignId,
    phoneNumber: mine.from,
    intruderCampaignId: theirs.campaignId,
  });

  const as = (method: string, path: string, body?: unknown) => call(owner.key, method, path, body);
  ids.subscriptionId = (
    await as('POST', '/v1/webhook-subscriptions', { url: hook, eventTypes: ['message.status'] })
  ).body.id;
  const sent = await as('POST', '/v1/messages', {
    campaignId: mine.campaignId,
    to: '+13125550170',
    text: 'Acme Dental: see you soon.',
    statusCallbackUrl: hook,
  });
  ids.messageId = sent.body.id;
  ids.keyId = (await as('POST', '/v1/api-keys', { name: 'reader', scopes: ['messages:read'] })).body.id;
  ids.userId = (
    await as('POST', '/v1/users', {
      email: 'owner-user@owner.example',
      password: 'lantern quietly under snow',
      firstName: 'Dana',
      lastName: 'Rivera',
    })
  ).body.id;
  ids.optOutId = (await as('POST', '/v1/opt-outs', { phoneNumber: '+13125550171', scope: 'GLOBAL' })).body.id;
  await personTexts(platform, { from: '+13125550172', to: mine.from, text: 'What time do you open?' });
  ids.inboundMessageId = (
    await eventually(
      () => as('GET', '/v1/inbound-messages'),
      (r) => r.body.data?.length > 0,
    )
  ).body.data[0].id;
  ids.deliveryId = (
    await eventually(
      () => as('GET', `/v1/callbacks/deliveries?messageId=${ids.messageId}`),
      (r) => r.body.data?.length > 0,
    )
  ).body.data[0].id;
}, 300_000);
afterAll(async () => {
  await platform?.stop();
  await new Promise<void>((resolve) => receiver?.close(() => resolve()));
});

async function idBearingRoutes(): Promise<{ method: string; path: string }[]> {
  const document = (await (await fetch(`${platform.gateway.url}/openapi.json`)).json()) as {
    paths: Record<string, object>;
  };
  return Object.entries(document.paths)
    .filter(([path]) => path.startsWith('/v1/') && path.includes('{'))
    .flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => ({ method: method.toUpperCase(), path })),
    );
}

describe('BOLA matrix', () => {
  it("answers every id-bearing route called with another account's ids as if the ids did not exist", async () => {
    const routes = await idBearingRoutes();
    expect(routes.length).toBeGreaterThan(20);
    const secrets = Object.entries(ids).filter(([name]) => name !== 'intruderCampaignId');
    const leaks: string[] = [];
    for (const { method, path } of routes) {
      const route = `${method} ${path}`;
      if (notOwned.has(route)) continue;
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
      const missing = params.filter((name) => !ids[name]);
      expect(missing, `${route}: give the owner's ${missing.join(', ')} in this spec`).toEqual([]);
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(ids[name] as string));
      const given = bodies[route];
      const body = typeof given === 'function' ? given() : given;
      if (['POST', 'PUT', 'PATCH'].includes(method))
        expect(body, `${route}: give a valid body in this spec`).toBeDefined();
      const answer = await call(intruder.key, method, url, body);
      if (answer.status !== 404)
        leaks.push(`${route} answered ${answer.status}: ${answer.text.slice(0, 200)}`);
      const shown = secrets.filter(([name, id]) => !params.includes(name) && answer.text.includes(id));
      if (shown.length > 0) leaks.push(`${route} showed ${shown.map(([name]) => name).join(', ')}`);
    }
    expect(leaks).toEqual([]);
  });

  it("left the owner's things as they were", async () => {
    const as = (path: string) => call(owner.key, 'GET', path);
    expect(
      (await as(`/v1/numbers/${encodeURIComponent(ids.phoneNumber as string)}`)).body.campaign?.campaignId,
    ).toBe(ids.campaignId);
    expect((await as(`/v1/messages/${ids.messageId}`)).body.status).not.toBe('canceled');
    expect((await as(`/v1/webhook-subscriptions/${ids.subscriptionId}`)).body.url).not.toContain('taken');
    expect((await as(`/v1/users/${ids.userId}`)).body).toMatchObject({ role: 'user', brands: [] });
    expect(
      (await as('/v1/api-keys')).body.data.find((k: { id: string }) => k.id === ids.keyId).revokedAt,
    ).toBeNull();
    expect((await as(`/v1/opt-outs/${ids.optOutId}`)).status).toBe(200);
    expect((await as(`/v1/webhook-subscriptions/${ids.subscriptionId}`)).status).toBe(200);
  });
});
