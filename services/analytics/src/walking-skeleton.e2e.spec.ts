import { randomBytes } from 'node:crypto';
import { topics } from '@longcode/contracts';
import { kafkaClients } from '@longcode/kafka';
import {
  eventually,
  type Platform,
  type RunningService,
  runServiceToExit,
  stackFromEnv,
  startOtlpReceiver,
  startPlatform,
  startService,
} from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The walking skeleton across processes: registration takes a command over HTTP, appends an event,
 * publishes it through its outbox; analytics consumes it into its own database's read model.
 */
const stack = stackFromEnv(process.env);
let platform: Platform;
let registration: RunningService;
let analytics: RunningService;
let otlp: Awaited<ReturnType<typeof startOtlpReceiver>>;

beforeAll(async () => {
  otlp = await startOtlpReceiver();
  platform = await startPlatform(stack, { otlpUrl: otlp.url });
  ({ registration, analytics } = platform);
}, 180_000);

afterAll(async () => {
  if (platform) platform.registration = registration;
  await platform?.stop();
  await otlp?.close();
});

const account = () => `acct-${randomBytes(4).toString('hex')}`;
const brandBody = {
  entityType: 'PRIVATE_PROFIT',
  legalName: 'Acme Dental LLC',
  displayName: 'Acme Dental',
  ein: '12-3456789',
  website: 'https://acme.example',
  vertical: 'HEALTHCARE',
  email: 'ops@acme.example',
};

async function createBrand(service: RunningService, accountId: string, headers: Record<string, string> = {}) {
  return fetch(`${service.url}/brands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-account-id': accountId, ...headers },
    body: JSON.stringify(brandBody),
  });
}

const listBrands = async (accountId: string) =>
  (await (await fetch(`${analytics.url}/brands`, { headers: { 'x-account-id': accountId } })).json()) as {
    data: Array<{ brandId: string; displayName: string; traceId: string | null }>;
  };

describe('Walking skeleton > a brand created in registration', () => {
  it('appears in the analytics read model, under one trace id from HTTP to the consumer', async () => {
    const accountId = account();
    const traceId = randomBytes(16).toString('hex');
    const response = await createBrand(registration, accountId, {
      traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
    });
    expect(response.status).toBe(201);
    const brand = (await response.json()) as { brandId: string; status: string };
    expect(brand.status).toBe('PENDING');

    const listed = await eventually(
      () => listBrands(accountId),
      (body) => body.data.length === 1,
    );
    expect(listed.data[0]).toMatchObject({ brandId: brand.brandId, displayName: 'Acme Dental', traceId });

    const spans = await eventually(
      async () => otlp.spans.filter((span) => span.traceId === traceId),
      (found) =>
        found.some((s) => s.service === 'analytics') && found.some((s) => s.service === 'registration'),
    );
    expect(spans.find((s) => s.service === 'registration')?.name).toBe('POST /brands');
    expect(spans.find((s) => s.service === 'analytics')?.name).toContain('process');
  });

  it('is published to topics that keep every event, so a read model built later can replay from the start', async () => {
    const admin = kafkaClients.kafkajs({ brokers: stack.kafkaBrokers, clientId: 'skeleton-e2e' }).admin();
    await admin.connect();
    try {
      for (const topic of Object.values(topics)) {
        expect([topic, (await admin.topicConfig(topic))['retention.ms']]).toEqual([topic, '-1']);
      }
    } finally {
      await admin.disconnect();
    }
  });

  it('is readable from registration by its own account only', async () => {
    const accountId = account();
    const { brandId } = (await (await createBrand(registration, accountId)).json()) as { brandId: string };
    const own = await fetch(`${registration.url}/brands/${brandId}`, {
      headers: { 'x-account-id': accountId },
    });
    expect(own.status).toBe(200);
    const other = await fetch(`${registration.url}/brands/${brandId}`, {
      headers: { 'x-account-id': account() },
    });
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ code: 'BRAND_NOT_FOUND' });
  });
});

describe('Walking skeleton > a malformed brand', () => {
  it('is refused with 400 naming every bad field, and nothing reaches analytics', async () => {
    const accountId = account();
    const response = await fetch(`${registration.url}/brands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-account-id': accountId },
      body: JSON.stringify({ entityType: 'PIRATE', legalName: '', email: 'nope' }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { code: string; errors: Array<{ field: string }> };
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors.map((e) => e.field).sort()).toEqual(
      expect.arrayContaining(['displayName', 'email', 'entityType', 'legalName']),
    );
    await createBrand(registration, accountId); // a good one after it, to know analytics caught up
    const listed = await eventually(
      () => listBrands(accountId),
      (body) => body.data.length >= 1,
    );
    expect(listed.data).toHaveLength(1);
  });
});

describe('Walking skeleton > when registration is stopped with SIGTERM right after accepting', () => {
  it('exits cleanly and the accepted brand is still published', async () => {
    const accountId = account();
    const response = await createBrand(registration, accountId);
    expect(response.status).toBe(201);
    expect(await registration.stop('SIGTERM')).toBe(0);
    const listed = await eventually(
      () => listBrands(accountId),
      (body) => body.data.length === 1,
    );
    expect(listed.data).toHaveLength(1);
    registration = await startService('registration', platform.envs.registration);
  });
});

describe('Service start-up > with bad configuration', () => {
  it('exits non-zero naming each missing or bad variable', async () => {
    const { code, output } = await runServiceToExit('registration', {
      KAFKA_BROKERS: '127.0.0.1:9092',
      SCHEMA_REGISTRY_URL: 'not a url',
      HTTP_PORT: 'eighty',
    });
    expect(code).not.toBe(0);
    expect(output).toContain('DATABASE_URL');
    expect(output).toContain('SCHEMA_REGISTRY_URL');
    expect(output).toContain('HTTP_PORT');
  });
});
