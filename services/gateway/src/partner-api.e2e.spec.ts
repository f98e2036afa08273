import { createServer, type Server } from 'node:http';
import {
  callGateway,
  eventually,
  type GatewayAnswer,
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
 * The partner API through the running services: the operator opens two accounts and gives each a key;
 * partners send and read messages through the gateway with their keys; each sees only its own.
 */
let platform: Platform;
const accounts: Record<'acme' | 'other', { accountId: string; key: string }> = {
  acme: { accountId: '', key: '' },
  other: { accountId: '', key: '' },
};
let campaignId: string;
let brandId: string;
let number: string;

const call = (
  method: string,
  path: string,
  { key, body, headers }: { key?: string; body?: unknown; headers?: Record<string, string> } = {},
) =>
  callGateway(platform, method, path, {
    ...(key ? { credential: key } : {}),
    body,
    ...(headers ? { headers } : {}),
  });
const newKey = async (scopes: string[], extra: Record<string, unknown> = {}) =>
  (
    await call('POST', '/v1/api-keys', {
      key: accounts.acme.key,
      body: { name: 'another', scopes, ...extra },
    })
  ).body;
const message = (to: string, text = 'Acme Dental: see you Tuesday at 10:00.') => ({ campaignId, to, text });
/** A person texts Acme's number (through the simulator, as a carrier would): the inbound message once listed. */
async function texts(from: string, text: string) {
  await personTexts(platform, { from, to: number, text });
  const listed = await eventually(
    () => call('GET', `/v1/inbound-messages?from=${encodeURIComponent(from)}`, { key: accounts.acme.key }),
    (r) => r.body.data?.some((m: { text: string }) => m.text === text),
    { timeoutMs: 30_000, intervalMs: 100 },
  );
  return listed.body.data.find((m: { text: string }) => m.text === text);
}
const optOut = (phoneNumber: string, key = accounts.acme.key) =>
  call('POST', '/v1/opt-outs', { key, body: { phoneNumber, scope: 'CAMPAIGN', campaignId } });

beforeAll(async () => {
  platform = await startPlatform(stackFromEnv(process.env), {
    services: {
      gateway: {
        CALLBACK_RETRY_MS: '300,600',
        DESTINATION_PREFIXES_PER_HOUR: '20',
        SIGNED_OUT_LIMIT_PER_MINUTE: '5',
      },
    },
  });
  accounts.acme = await openAccount(platform, 'Acme Dental');
  accounts.other = await openAccount(platform, 'Other Partner');
  // The services' own APIs set the account up (the gateway's are tested below).
  ({
    brandId,
    campaignId,
    from: number,
  } = await partnerJourney(platform, accounts.acme.accountId).readyToSend());
}, 240_000);
afterAll(async () => platform?.stop());

describe('The partner API > keys', () => {
  it('answers 401 without a key, with a malformed or unknown one, and to /admin without the operator token', async () => {
    const missing = await call('GET', '/v1/api-keys');
    const malformed = await call('GET', '/v1/api-keys', { key: 'sk_test_123' });
    const unknown = await call('GET', '/v1/api-keys', { key: `lc_${'a'.repeat(12)}_${'b'.repeat(43)}` });
    const admin = await call('POST', '/admin/accounts', { body: { name: 'x' } });
    expect([missing, malformed, unknown, admin].map((a) => [a.status, a.body.code])).toEqual([
      [401, 'API_KEY_MISSING'],
      [401, 'API_KEY_INVALID'],
      [401, 'API_KEY_INVALID'],
      [401, 'OPERATOR_TOKEN_INVALID'],
    ]);
  });

  it('shows a new key once; lists keys without secrets; a revoked key stops working', async () => {
    const created = await newKey(['messages:read']);
    expect(created.key).toMatch(/^lc_/);
    const listed = await call('GET', '/v1/api-keys', { key: accounts.acme.key });
    const entry = listed.body.data.find((k: { id: string }) => k.id === created.id);
    expect(entry).toMatchObject({ prefix: created.prefix, scopes: ['messages:read'], revokedAt: null });
    expect(JSON.stringify(listed.body)).not.toContain(created.key.split('_')[2]);

    expect((await call('GET', '/v1/messages/nope', { key: created.key })).status).toBe(404);
    const revoked = await call('DELETE', `/v1/api-keys/${created.id}`, { key: accounts.acme.key });
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    const after = await call('GET', '/v1/messages/nope', { key: created.key });
    expect([after.status, after.body.code]).toEqual([401, 'API_KEY_INVALID']);
  });

  it("refuses what a key's scopes do not allow (403), and lets it do what they do", async () => {
    const reader = await newKey(['messages:read']);
    const refused = await call('POST', '/v1/messages', { key: reader.key, body: message('+13125550101') });
    expect([refused.status, refused.body.code]).toEqual([403, 'API_KEY_SCOPE_MISSING']);
    expect((await call('GET', '/v1/api-keys', { key: reader.key })).status).toBe(403);
  });

  it('counts a key’s uses and when it was last used', async () => {
    const counted = await newKey(['messages:read']);
    for (let i = 0; i < 3; i++) await call('GET', '/v1/messages/nope', { key: counted.key });
    const listed = await eventually(
      () => call('GET', '/v1/api-keys', { key: accounts.acme.key }),
      (r) => r.body.data.find((k: { id: string }) => k.id === counted.id)?.usageCount === 3,
    );
    expect(listed.body.data.find((k: { id: string }) => k.id === counted.id).lastUsedAt).toEqual(
      expect.any(String),
    );
  });

  it('answers 429 with Retry-After and RateLimit headers past a key’s limit a minute', async () => {
    const limited = await newKey(['messages:read'], { limitPerMinute: 3 });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await call('GET', '/v1/messages/nope', { key: limited.key }));
    expect(answers.map((a) => a.status)).toEqual([404, 404, 404, 429]);
    const last = answers[3] as GatewayAnswer;
    expect(last.body.code).toBe('RATE_LIMITED');
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    expect([last.headers.get('ratelimit-limit'), last.headers.get('ratelimit-remaining')]).toEqual([
      '3',
      '0',
    ]);
  });
});

describe('The partner API > messages', () => {
  it('sends a message and reads it back, with the account the key belongs to', async () => {
    const sent = await call('POST', '/v1/messages', {
      key: accounts.acme.key,
      body: message('+13125550102'),
    });
    expect([sent.status, sent.body.status, sent.body.to]).toEqual([202, 'accepted', '+13125550102']);
    const read = await call('GET', `/v1/messages/${sent.body.id}`, { key: accounts.acme.key });
    expect([read.status, read.body.id]).toEqual([200, sent.body.id]);
  });

  it("lists the account's messages a page at a time, and a message's timeline; another account sees none of it", async () => {
    const to = '+13125550111';
    const ids = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await call('POST', '/v1/messages', { key: accounts.acme.key, body: message(to) })).body.id);
    }
    const first = await call('GET', `/v1/messages?to=${encodeURIComponent(to)}&limit=2`, {
      key: accounts.acme.key,
    });
    const second = await call(
      'GET',
      `/v1/messages?to=${encodeURIComponent(to)}&limit=2&cursor=${first.body.nextCursor}`,
      {
        key: accounts.acme.key,
      },
    );
    expect([...first.body.data, ...second.body.data].map((m: { id: string }) => m.id)).toEqual(
      [...ids].reverse(),
    );
    expect(second.body.nextCursor).toBeNull();
    // From the second one's acceptance on (the first page is the third and the second): those two.
    const since = encodeURIComponent(first.body.data[1].acceptedAt);
    const recent = await call('GET', `/v1/messages?to=${encodeURIComponent(to)}&acceptedFrom=${since}`, {
      key: accounts.acme.key,
    });
    expect(recent.body.data.map((m: { id: string }) => m.id)).toEqual([ids[2], ids[1]]);
    const theirs = await call('GET', `/v1/messages?to=${encodeURIComponent(to)}`, {
      key: accounts.other.key,
    });
    expect(theirs.body.data).toEqual([]);
    const timeline = await call('GET', `/v1/messages/${ids[0]}/events`, { key: accounts.acme.key });
    expect(timeline.body.data[0]).toMatchObject({ type: 'MessageAccepted' });
    expect((await call('GET', `/v1/messages/${ids[0]}/events`, { key: accounts.other.key })).status).toBe(
      404,
    );
  });

  it("answers another account's message, and cancel of it, exactly as one that does not exist", async () => {
    const sent = await call('POST', '/v1/messages', {
      key: accounts.acme.key,
      body: { ...message('+13125550103'), sendAt: new Date(Date.now() + 3_600_000).toISOString() },
    });
    const theirs = await call('GET', `/v1/messages/${sent.body.id}`, { key: accounts.other.key });
    const none = await call('GET', '/v1/messages/01900000-0000-7000-8000-000000000000', {
      key: accounts.other.key,
    });
    expect([theirs.status, theirs.body.code]).toEqual([none.status, none.body.code]);
    expect(theirs.status).toBe(404);
    expect(JSON.stringify(theirs.body)).not.toContain('+13125550103');
    const cancel = await call('POST', `/v1/messages/${sent.body.id}/cancel`, { key: accounts.other.key });
    expect([cancel.status, cancel.body.code]).toEqual([404, 'MESSAGE_NOT_FOUND']);
    // Nor may they send for the campaign.
    const send = await call('POST', '/v1/messages', {
      key: accounts.other.key,
      body: message('+13125550104'),
    });
    expect([send.status, send.body.code]).toEqual([409, 'CAMPAIGN_NOT_SENDABLE']);
  });

  it('refuses a body that does not fit the schema, naming every bad field, before it reaches dispatch', async () => {
    const bad = await call('POST', '/v1/messages', {
      key: accounts.acme.key,
      body: { text: 'x', colour: 'red' },
    });
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['colour', 'to']);
  });
});

describe('The partner API > signed-out routes', () => {
  it('limits sign-ins and reset requests per address a minute (429 with Retry-After), whatever the email', async () => {
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      const answer = await call('POST', '/v1/sessions', {
        body: { email: `spray-${i}@acme.example`, password: 'guess number one' },
      });
      statuses.push(answer.status);
      if (answer.status === 429) {
        expect(answer.body.code).toBe('RATE_LIMITED');
        expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const reset = await call('POST', '/v1/password-resets', { body: { email: 'someone@acme.example' } });
    expect(reset.status).toBe(429);
  });
});

describe('The partner API > SMS pumping', () => {
  it('refuses a send that would take an account past its distinct number ranges an hour, changing nothing', async () => {
    const ranges = (count: number, from: number) =>
      Array.from({ length: count }, (_, i) => message(`+1415${String(from + i).padStart(3, '0')}0100`));
    const fresh = await openAccount(platform, 'Fresh Partner');
    const tooMany = await call('POST', '/v1/messages/batch', {
      key: fresh.key,
      body: { messages: ranges(21, 200) },
    });
    expect([tooMany.status, tooMany.body.code, tooMany.body.details]).toEqual([
      429,
      'DESTINATION_SPREAD_LIMITED',
      { limit: 20 },
    ]);
    // The refused batch counted nothing: twenty ranges still fit, the twenty-first does not.
    const twenty = await call('POST', '/v1/messages/batch', {
      key: fresh.key,
      body: { messages: ranges(20, 300) },
    });
    expect(twenty.status).toBe(202);
    const again = await call('POST', '/v1/messages', {
      key: fresh.key,
      body: message('+14153000100'),
    });
    expect(again.body.code).not.toBe('DESTINATION_SPREAD_LIMITED');
    const one = await call('POST', '/v1/messages', {
      key: fresh.key,
      body: message('+14158880100'),
    });
    expect([one.status, one.body.code]).toEqual([429, 'DESTINATION_SPREAD_LIMITED']);
  });
});

describe('The partner API > inbound messages', () => {
  it("lists what people text the account's numbers, with what compliance made of it; another account sees none of it", async () => {
    const person = '+13125550121';
    const hello = await texts(person, 'Is Tuesday still on?');
    const stop = await texts(person, 'STOP');
    expect(hello).toMatchObject({ from: person, to: number, campaignId, compliance: { kind: 'NONE' } });
    expect(stop.compliance).toEqual({ kind: 'OPT_OUT', keyword: 'STOP', how: 'KEYWORD' });
    const listed = await call('GET', `/v1/inbound-messages?from=${encodeURIComponent(person)}`, {
      key: accounts.acme.key,
    });
    expect(listed.body.data.map((m: { id: string }) => m.id)).toEqual([stop.id, hello.id]);
    const read = await call('GET', `/v1/inbound-messages/${hello.id}`, { key: accounts.acme.key });
    expect([read.status, read.body]).toEqual([200, hello]);
    // Their STOP is on the account's opt-out list, by keyword.
    const optOuts = await call('GET', `/v1/opt-outs?phoneNumber=${encodeURIComponent(person)}`, {
      key: accounts.acme.key,
    });
    expect(optOuts.body.data).toEqual([expect.objectContaining({ scope: 'BRAND', brandId, how: 'KEYWORD' })]);
    // Their consent ledger names the text that did it, by our id and by the provider's.
    const consent = await call('GET', `/v1/consents/${encodeURIComponent(person)}`, {
      key: accounts.acme.key,
    });
    expect(consent.body.ledger.filter((e: { type: string }) => e.type === 'ConsentRevoked')).toEqual([
      expect.objectContaining({
        keyword: 'STOP',
        inboundMessageId: stop.id,
        sourceMessageId: stop.providerMessageId,
      }),
    ]);
    expect(stop.providerMessageId).toEqual(expect.any(String));

    const theirs = await call('GET', `/v1/inbound-messages/${hello.id}`, { key: accounts.other.key });
    expect([theirs.status, theirs.body.code]).toEqual([404, 'INBOUND_MESSAGE_NOT_FOUND']);
    const theirList = await call('GET', `/v1/inbound-messages?from=${encodeURIComponent(person)}`, {
      key: accounts.other.key,
    });
    expect(theirList.body).toEqual({ data: [], nextCursor: null });
  });
});

describe('The partner API > opt-outs', () => {
  it('adds an opt-out the list then shows, and removes it; another account neither sees nor removes it', async () => {
    const person = '+13125550122';
    const added = await optOut(person);
    expect([added.status, added.body]).toMatchObject([
      201,
      { phoneNumber: person, scope: 'CAMPAIGN', campaignId, how: 'API', expiresAt: null },
    ]);
    expect((await optOut(person)).status).toBe(200);
    const listed = () =>
      call('GET', `/v1/opt-outs?phoneNumber=${encodeURIComponent(person)}`, { key: accounts.acme.key });
    expect((await listed()).body.data).toEqual([added.body]);
    // The opt-out holds: dispatch refuses to text them for the campaign (once it has heard of it; a
    // message accepted before then is scheduled for tomorrow, and checked again before it is sent).
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const refused = await eventually(
      () =>
        call('POST', '/v1/messages', {
          key: accounts.acme.key,
          body: { ...message(person), sendAt: tomorrow },
        }),
      (r) => r.status !== 202,
    );
    expect(refused.body.code).toBe('RECIPIENT_OPTED_OUT');

    const theirs = await call('GET', `/v1/opt-outs?phoneNumber=${encodeURIComponent(person)}`, {
      key: accounts.other.key,
    });
    expect(theirs.body.data).toEqual([]);
    const notTheirs = await call('DELETE', `/v1/opt-outs/${added.body.id}`, { key: accounts.other.key });
    expect([notTheirs.status, notTheirs.body.code]).toEqual([404, 'OPT_OUT_NOT_FOUND']);
    expect((await listed()).body.data).toHaveLength(1);

    const reader = await newKey(['opt-outs:read']);
    expect((await call('DELETE', `/v1/opt-outs/${added.body.id}`, { key: reader.key })).status).toBe(403);
    const removed = await call('DELETE', `/v1/opt-outs/${added.body.id}`, { key: accounts.acme.key });
    expect(removed.status).toBe(204);
    expect((await listed()).body.data).toEqual([]);
  });
});

describe('The partner API > tenancy', () => {
  const none = '01900000-0000-7000-8000-000000000000';
  it("answers another account's brand, campaign, number and message as ones that do not exist", async () => {
    const sent = await call('POST', '/v1/messages', {
      key: accounts.acme.key,
      body: message('+13125550109'),
    });
    const inbound = await texts('+13125550123', 'Running late, sorry');
    const opted = (await optOut('+13125550124')).body;
    const probes: Array<[string, string, string]> = [
      ['GET', `/v1/brands/${brandId}`, `/v1/brands/${none}`],
      ['GET', `/v1/campaigns/${campaignId}`, `/v1/campaigns/${none}`],
      ['GET', `/v1/campaigns/${campaignId}/numbers`, `/v1/campaigns/${none}/numbers`],
      [
        'GET',
        `/v1/numbers/${encodeURIComponent(number)}`,
        `/v1/numbers/${encodeURIComponent('+12125550000')}`,
      ],
      ['GET', `/v1/messages/${sent.body.id}`, `/v1/messages/${none}`],
      ['POST', `/v1/messages/${sent.body.id}/cancel`, `/v1/messages/${none}/cancel`],
      ['POST', `/v1/campaigns/${campaignId}/submit`, `/v1/campaigns/${none}/submit`],
      [
        'DELETE',
        `/v1/numbers/${encodeURIComponent(number)}/campaign`,
        `/v1/numbers/${encodeURIComponent('+12125550000')}/campaign`,
      ],

      ['GET', `/v1/inbound-messages/${inbound.id}`, `/v1/inbound-messages/${none}`],
      ['GET', `/v1/opt-outs/${opted.id}`, `/v1/opt-outs/${none}`],
      ['DELETE', `/v1/opt-outs/${opted.id}`, `/v1/opt-outs/${none}`],
    ];
    for (const [method, theirs, missing] of probes) {
      const [a, b] = [
        await call(method, theirs, { key: accounts.other.key }),
        await call(method, missing, { key: accounts.other.key }),
      ];
      expect([method, theirs, a.status, a.body?.code]).toEqual([method, theirs, 404, b.body?.code]);
      expect(b.status).toBe(404);
      expect(JSON.stringify(a.body)).not.toMatch(/Acme/);
    }
    // The number is still Acme's, on its campaign.
    const mine = await call('GET', `/v1/numbers/${encodeURIComponent(number)}`, { key: accounts.acme.key });
    expect([mine.status, mine.body.campaign?.campaignId]).toEqual([200, campaignId]);
    // The opt-out is still Acme's, in force.
    expect((await call('GET', `/v1/opt-outs/${opted.id}`, { key: accounts.acme.key })).status).toBe(200);
  });

  it('registers a brand through the gateway for the calling account', async () => {
    const created = await call('POST', '/v1/brands', {
      key: accounts.other.key,
      body: {
        entityType: 'PRIVATE_PROFIT',
        legalName: 'Other Partner LLC',
        displayName: 'Other',
        ein: '98-7654321',
        vertical: 'RETAIL',
        email: 'ops@other.example',
      },
    });
    expect(created.status).toBeLessThan(300);
    const read = await call('GET', `/v1/brands/${created.body.brandId}`, { key: accounts.other.key });
    expect([read.status, read.body.legalName]).toEqual([200, 'Other Partner LLC']);
    expect((await call('GET', `/v1/brands/${created.body.brandId}`, { key: accounts.acme.key })).status).toBe(
      404,
    );
  });
});

describe('The partner API > Idempotency-Key', () => {
  it('answers the same request again with the first answer, and sends it once', async () => {
    const headers = { 'idempotency-key': `k-${Date.now()}-1` };
    const first = await call('POST', '/v1/messages', {
      key: accounts.acme.key,
      body: message('+13125550105'),
      headers,
    });
    const again = await call('POST', '/v1/messages', {
      key: accounts.acme.key,
      body: message('+13125550105'),
      headers,
    });
    expect([first.status, again.status, again.body.id]).toEqual([202, 202, first.body.id]);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  });

  it('refuses the key for a different request (422), and lets another account use the same key', async () => {
    const headers = { 'idempotency-key': `k-${Date.now()}-2` };
    await call('POST', '/v1/messages', { key: accounts.acme.key, body: message('+13125550106'), headers });
    const other = await call('POST', '/v1/messages', {
      key: accounts.acme.key,
      body: message('+13125550107'),
      headers,
    });
    expect([other.status, other.body.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
    const elsewhere = await call('POST', '/v1/api-keys', {
      key: accounts.other.key,
      body: { name: 'same idempotency key', scopes: ['messages:read'] },
      headers,
    });
    expect(elsewhere.status).toBe(201);
  });

  it("never hands one API key's stored answer to another key of the account (a read-only key gets 403, not a replay)", async () => {
    const headers = { 'idempotency-key': `k-${Date.now()}-4` };
    const sent = await call('POST', '/v1/messages', {
      key: accounts.acme.key,
      body: message('+13125550109'),
      headers,
    });
    expect(sent.status).toBe(202);
    const reader = await newKey(['messages:read']);
    const replay = await call('POST', '/v1/messages', {
      key: reader.key,
      body: message('+13125550109'),
      headers,
    });
    expect([replay.status, replay.body.code]).toEqual([403, 'API_KEY_SCOPE_MISSING']);
    expect(replay.headers.get('idempotent-replayed')).toBeNull();
  });

  it('lets only one of simultaneous requests with one key run; the others are told it is in use', async () => {
    const headers = { 'idempotency-key': `k-${Date.now()}-3` };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        call('POST', '/v1/messages', { key: accounts.acme.key, body: message('+13125550108'), headers }),
      ),
    );
    const ran = answers.filter((a) => a.status === 202);
    expect(new Set(ran.map((a) => a.body.id)).size).toBe(1);
    expect(answers.filter((a) => a.status !== 202).map((a) => [a.status, a.body.code])).toEqual(
      answers.filter((a) => a.status !== 202).map(() => [409, 'IDEMPOTENCY_KEY_IN_USE']),
    );
  });
});

describe('The partner API > status callbacks', () => {
  /** A partner's endpoint: answers 500 to the first callback it gets, then 200; keeps what it got. */
  const received: Array<{ body: string; signature: string }> = [];
  let receiver: Server;
  let receiverUrl: string;
  beforeAll(async () => {
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push({ body, signature: String(request.headers['longcode-signature'] ?? '') });
        response.statusCode = received.length === 1 ? 500 : 200;
        response.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/status`;
  });
  afterAll(() => new Promise<void>((resolve) => receiver?.close(() => resolve())));

  it("posts each status to the message's callback URL, signed, tried again after a failure, and replayable", async () => {
    const sent = await call('POST', '/v1/messages', {
      key: accounts.acme.key,
      body: { ...message('+13125550110'), statusCallbackUrl: receiverUrl },
    });
    expect(sent.status).toBe(202);
    const statuses = () =>
      received.map((r) => JSON.parse(r.body)).filter((b) => b.data.messageId === sent.body.id);
    await eventually(
      async () => statuses().map((b) => b.data.status),
      (s) => s.includes('sent') && s.includes('delivered'),
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    const { secret } = (await call('GET', '/v1/callbacks/signing-secret', { key: accounts.acme.key })).body;
    const now = Math.floor(Date.now() / 1000);
    expect(received.every((r) => verifyCallback(secret, r.signature, r.body, now))).toBe(true);
    expect(received.some((r) => verifyCallback(`${secret}x`, r.signature, r.body, now))).toBe(false);
    const delivered = statuses().find((b) => b.data.status === 'delivered');
    expect(delivered.data).toMatchObject({ to: '+13125550110', errorCode: null });

    const log = await eventually(
      () => call('GET', `/v1/callbacks/deliveries?messageId=${sent.body.id}`, { key: accounts.acme.key }),
      (r) =>
        r.body.data.length >= 2 && r.body.data.every((d: { status: string }) => d.status === 'delivered'),
    );
    // The first callback the receiver got was refused (500) and delivered on a later attempt.
    expect(Math.max(...log.body.data.map((d: { attempts: number }) => d.attempts))).toBeGreaterThan(1);
    const theirs = await call('GET', `/v1/callbacks/deliveries?messageId=${sent.body.id}`, {
      key: accounts.other.key,
    });
    expect(theirs.body.data).toEqual([]);

    const replayed = await call('POST', `/v1/callbacks/deliveries/${delivered.id}/replay`, {
      key: accounts.acme.key,
    });
    expect(replayed.status).toBe(202);
    await eventually(
      async () => statuses().filter((b) => b.id === delivered.id).length,
      (n) => n >= 2,
    );
    const notTheirs = await call('POST', `/v1/callbacks/deliveries/${delivered.id}/replay`, {
      key: accounts.other.key,
    });
    expect([notTheirs.status, notTheirs.body.code]).toEqual([404, 'DELIVERY_NOT_FOUND']);
  });
});

describe('The partner API > OpenAPI', () => {
  it('describes the API as OpenAPI 3.1, generated from the routes', async () => {
    const document = await call('GET', '/openapi.json');
    expect(document.body.openapi).toBe('3.1.0');
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/messages',
        '/v1/messages/batch',
        '/v1/messages/{messageId}',
        '/v1/api-keys',
      ]),
    );
  });

  it('shows what each route takes: every JSON body names its fields, as do the numbers query strings', async () => {
    type Operation = {
      requestBody?: { content?: Record<string, { schema?: { properties?: object } }> };
      parameters?: Array<{ in: string; name: string }>;
    };
    const paths: Record<string, Record<string, Operation>> = (await call('GET', '/openapi.json')).body.paths;
    const vague = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, { requestBody }]) => requestBody)
        .filter(([, { requestBody }]) => {
          const schema = requestBody?.content?.['application/json']?.schema;
          return Object.keys(schema?.properties ?? {}).length === 0;
        })
        .map(([method]) => `${method} ${path}`),
    );
    expect(vague).toEqual([]);
    const query = (path: string) =>
      (paths[path]?.get?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
    expect(query('/v1/numbers')).toEqual(expect.arrayContaining(['status', 'limit', 'cursor']));
    expect(query('/v1/available-numbers')).toEqual(expect.arrayContaining(['areaCode', 'state', 'limit']));
  });
});
