import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { topicOf } from '@longcode/contracts';
import { createDatabase, createEventStore, type Database, migrate } from '@longcode/eventstore';
import { createLogger } from '@longcode/kit';
import { createTelnyxMessaging } from '@longcode/providers';
import { createTestDatabase, stackFromEnv } from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { forgetRejected, REJECTED_BODY_KEPT_BYTES, REJECTED_KEPT_MS } from './record.js';
import { receiptsMigrations } from './store.js';

/** Receipts on a real database with the real Telnyx adapter: webhooks signed the way Telnyx signs them. */
const keys = generateKeyPairSync('ed25519');
const publicKey = Buffer.from(keys.publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString(
  'base64',
);
let db: Database;
let drop: () => Promise<void>;
let app: ReturnType<typeof buildApp>;
const store = () => createEventStore({ db, topicOf, source: 'receipts' });

beforeAll(async () => {
  const database = await createTestDatabase(stackFromEnv(process.env).mysqlUrl, 'receipts');
  drop = database.drop;
  db = createDatabase({ url: database.url });
  await migrate(db, receiptsMigrations);
  const telnyx = createTelnyxMessaging({
    baseUrl: 'http://127.0.0.1:1',
    apiKey: 'k',
    webhookPublicKey: publicKey,
  });
  app = buildApp({
    logger: createLogger({ level: 'silent', service: 'receipts' }),
    db,
    store: store(),
    providers: { telnyx },
    publicUrl: 'https://hooks.example.com',
    readiness: [],
  });
});
afterAll(async () => {
  await app?.close();
  await db?.destroy();
  await drop?.();
});

const finalized = (providerMessageId: string, eventId = randomUUID()) =>
  JSON.stringify({
    data: {
      event_type: 'message.finalized',
      id: eventId,
      occurred_at: '2026-11-02T15:00:01.000+00:00',
      record_type: 'event',
      payload: {
        id: providerMessageId,
        record_type: 'message',
        direction: 'outbound',
        from: { phone_number: '+12125550100' },
        to: [{ phone_number: '+13125550123', status: 'delivered' }],
        text: 'Acme: hi',
        errors: [],
      },
    },
    meta: { attempt: 1, delivered_to: 'https://hooks.example.com/webhooks/telnyx' },
  });

function post(body: string, { key = keys.privateKey, at = Math.floor(Date.now() / 1000), query = '' } = {}) {
  const signature = sign(null, Buffer.from(`${at}|${body}`), key).toString('base64');
  return app.inject({
    method: 'POST',
    url: `/webhooks/telnyx${query}`,
    headers: {
      'content-type': 'application/json',
      'telnyx-signature-ed25519': signature,
      'telnyx-timestamp': String(at),
    },
    payload: body,
  });
}

const eventsOf = async (providerMessageId: string) =>
  (await db('events').where({ stream_id: `delivery-telnyx-${providerMessageId}` })).map((row) =>
    typeof row.data === 'string' ? JSON.parse(row.data) : row.data,
  );

describe('Receipts > a Telnyx webhook', () => {
  it('is stored byte for byte and published as a normalised delivery report, with our id from its URL', async () => {
    const providerMessageId = randomUUID();
    const messageId = randomUUID();
    const body = finalized(providerMessageId);
    const answer = await post(body, { query: `?messageId=${messageId}` });
    expect([answer.statusCode, answer.json()]).toEqual([200, { received: 1, new: 1 }]);
    expect(await eventsOf(providerMessageId)).toEqual([
      expect.objectContaining({
        providerMessageId,
        messageId,
        provider: 'telnyx',
        status: 'delivered',
        errorCode: null,
      }),
    ]);
    const stored = await db('provider_webhooks')
      .where({ provider: 'telnyx', verified: true })
      .orderBy('received_at', 'desc')
      .first();
    expect(Buffer.from(stored.raw_body).toString('utf8')).toBe(body);
  });

  it('publishes a notification delivered twice (same event id) once', async () => {
    const providerMessageId = randomUUID();
    const body = finalized(providerMessageId);
    await post(body);
    const again = await post(body);
    expect(again.json()).toEqual({ received: 1, new: 0 });
    expect(await eventsOf(providerMessageId)).toHaveLength(1);
  });

  it('records many webhooks arriving at once; an event delivered twice among them is published once', async () => {
    const ids = Array.from({ length: 40 }, () => randomUUID());
    const bodies = ids.map((id) => finalized(id));
    const twice = bodies[7] ?? '';
    const answers = await Promise.all([...bodies, twice].map((body) => post(body)));
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 200));
    expect(answers.reduce((sum, a) => sum + a.json().new, 0)).toBe(40);
    const published = await Promise.all(ids.map(async (id) => (await eventsOf(id)).length));
    expect(published).toEqual(ids.map(() => 1));
  });

  it.each([
    ['signed with another key', { key: generateKeyPairSync('ed25519').privateKey }],
    ['signed ten minutes ago', { at: Math.floor(Date.now() / 1000) - 600 }],
  ])(
    'answers 401 to a webhook %s, keeps it for the record, and publishes nothing',
    async (_case, options) => {
      const providerMessageId = randomUUID();
      const answer = await post(finalized(providerMessageId), options);
      expect([answer.statusCode, answer.json().code]).toEqual([401, 'WEBHOOK_SIGNATURE_INVALID']);
      expect(await eventsOf(providerMessageId)).toEqual([]);
      const kept = await db('provider_webhooks')
        .where({ verified: false })
        .orderBy('received_at', 'desc')
        .first();
      expect(kept.rejection).toEqual(expect.any(String));
    },
  );

  it("keeps a refused webhook's first 16 KiB, saying how long it was (anyone may post megabytes)", async () => {
    const big = JSON.stringify({ data: { padding: 'x'.repeat(100_000) } });
    const answer = await post(big, { key: generateKeyPairSync('ed25519').privateKey });
    expect(answer.statusCode).toBe(401);
    const kept = await db('provider_webhooks')
      .where({ verified: false })
      .orderBy('received_at', 'desc')
      .first();
    expect(Buffer.from(kept.raw_body)).toEqual(Buffer.from(big).subarray(0, REJECTED_BODY_KEPT_BYTES));
    expect(kept.rejection).toContain(`body of ${Buffer.byteLength(big)} bytes, the first 16384 kept`);
  });

  it('deletes refused webhooks 30 days on, and keeps every verified one', async () => {
    await post(finalized(randomUUID()), { key: generateKeyPairSync('ed25519').privateKey });
    const count = async (verified: boolean) =>
      Number((await db('provider_webhooks').where({ verified }).count({ n: '*' }))[0]?.n);
    const verified = await count(true);
    expect(await count(false)).toBeGreaterThan(0);
    expect(await forgetRejected(db, new Date(), 1)).toBe(0);
    expect(await forgetRejected(db, new Date(Date.now() + REJECTED_KEPT_MS + 60_000), 1)).toBeGreaterThan(0);
    expect([await count(false), await count(true)]).toEqual([0, verified]);
  });

  it('answers 404 for a provider it does not receive from', async () => {
    const answer = await app.inject({ method: 'POST', url: '/webhooks/sinch', payload: {} });
    expect(answer.statusCode).toBe(404);
  });
});
