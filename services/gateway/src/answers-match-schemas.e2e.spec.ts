import { createServer, type Server } from 'node:http';
import {
  campaignContent,
  eventually,
  openAccount,
  type Platform,
  personTexts,
  stackFromEnv,
  startPlatform,
} from '@longcode/testing';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Generated requests rarely reach a real brand, campaign or number, so their successes go unchecked
 * there. Here a partner walks every route with real records, and each answer (success or refusal) is
 * checked against what /openapi.json declares for its status.
 */
let platform: Platform;
let receiver: Server;
let key = '';
// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document
let paths: Record<string, any> = {};
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
const checked: string[] = [];
const mismatches: string[] = [];

/** The documented operation a call reaches: a fixed path before a templated one (port-ins, not {phoneNumber}). */
function operationOf(method: string, path: string) {
  const route = path.replace(/\?.*$/, '');
  const matching = Object.entries(paths).filter(
    ([template, operations]) =>
      operations[method.toLowerCase()] &&
      new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`).test(route),
  );
  matching.sort(([a], [b]) => a.split('{').length - b.split('{').length);
  return matching[0]?.[1]?.[method.toLowerCase()];
}

// biome-ignore lint/suspicious/noExplicitAny: JSON answers
async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${platform.gateway.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  const answer = { status: response.status, body: text ? JSON.parse(text) : null };
  const name = `${method} ${path} → ${answer.status}`;
  const responses = operationOf(method, path)?.responses ?? {};
  const declared = responses[answer.status] ?? responses[`${String(answer.status)[0]}XX`];
  const schema = declared?.content?.['application/json']?.schema;
  if (answer.status === 204 && declared) checked.push(name);
  else if (!schema) mismatches.push(`${name}: no schema declared`);
  else if (!ajv.validate(schema, answer.body)) mismatches.push(`${name}: ${ajv.errorsText(ajv.errors)}`);
  else checked.push(name);
  return answer;
}

beforeAll(async () => {
  receiver = createServer((request, response) => {
    request.resume();
    request.on('end', () => response.writeHead(204).end());
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  platform = await startPlatform(stackFromEnv(process.env));
  ({ key } = await openAccount(platform, 'Schema Partner', { name: 'all' }));
  const document = (await (await fetch(`${platform.gateway.url}/openapi.json`)).json()) as { paths: object };
  paths = document.paths;
}, 120_000);
afterAll(async () => {
  await platform?.stop();
  await new Promise<void>((resolve) => receiver?.close(() => resolve()));
});

describe('The partner API > with real records', () => {
  it('answers every route as its OpenAPI document declares', async () => {
    const hook = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;
    const brand = await call('POST', '/v1/brands', {
      entityType: 'PRIVATE_PROFIT',
      legalName: 'Schema Dental LLC',
      displayName: 'Schema Dental',
      ein: '12-3456789',
      vertical: 'HEALTHCARE',
      email: 'ops@schemadental.example',
    });
    const brandId = brand.body.brandId;
    await eventually(
      () => call('GET', `/v1/brands/${brandId}`),
      (r) => r.body.status === 'APPROVED',
    );
    await call('POST', `/v1/brands/${brandId}/resubmit`, {
      legalName: 'Schema Dental LLC',
      displayName: 'Schema Dental',
      email: 'ops@schemadental.example',
    });
    const content = campaignContent('ACCOUNT_NOTIFICATION', 'Schema Dental');
    await call('POST', '/v1/campaigns/lint', { brandId, ...content, sampleMessages: ['Hi'] });
    const campaignId = (await call('POST', '/v1/campaigns', { brandId, ...content })).body.campaignId;
    await call('PUT', `/v1/campaigns/${campaignId}`, content);
    await call('POST', `/v1/campaigns/${campaignId}/submit`);
    await eventually(
      () => call('GET', `/v1/campaigns/${campaignId}`),
      (r) => r.body.status === 'APPROVED',
    );

    const offers = await call('GET', '/v1/available-numbers?areaCode=212&limit=3');
    const from = offers.body.data[0].phoneNumber;
    const number = `/v1/numbers/${encodeURIComponent(from)}`;
    await call('POST', '/v1/numbers', { phoneNumber: from });
    await eventually(
      () => call('GET', number),
      (r) => r.body.status === 'AVAILABLE',
    );
    await call('PUT', `${number}/campaign`, { campaignId });
    await eventually(
      () => call('GET', number),
      (r) => r.body.campaign?.status === 'ASSIGNED',
    );
    await call('GET', `/v1/campaigns/${campaignId}/numbers`);
    await call('GET', '/v1/numbers');
    await call('POST', '/v1/numbers/port-ins', {
      phoneNumber: '+13125550188',
      authorisation: {
        entityName: 'Schema Dental LLC',
        authorisedPerson: 'Dana Rivera',
        accountNumber: '991-22',
        serviceAddress: {
          street: '1 Main St',
          city: 'Chicago',
          state: 'IL',
          postalCode: '60601',
          country: 'US',
        },
      },
    });

    const sent = await eventually(
      () =>
        call('POST', '/v1/messages', {
          campaignId,
          to: '+13125550180',
          text: 'Schema Dental: hi',
          statusCallbackUrl: hook,
        }),
      (r) => r.status === 202,
    );
    await call('POST', '/v1/messages/batch', {
      messages: [
        { campaignId, to: '+13125550181', text: 'Schema Dental: hi' },
        { campaignId, to: 'nobody' },
      ],
    });
    await call('GET', '/v1/messages?limit=1');
    await call('GET', `/v1/messages/${sent.body.id}`);
    const deliveries = await eventually(
      () => call('GET', `/v1/callbacks/deliveries?messageId=${sent.body.id}`),
      (r) => r.body.data?.length > 0,
    );
    await call('GET', `/v1/messages/${sent.body.id}/events`);
    await call('POST', `/v1/messages/${sent.body.id}/cancel`);
    await call('GET', '/v1/callbacks/signing-secret');
    await call('POST', `/v1/callbacks/deliveries/${deliveries.body.data[0].id}/replay`);

    const person = encodeURIComponent('+13125550182');
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    await call('POST', `/v1/consents/${person}/revocations`, { scope: 'GLOBAL', expiresAt: inAnHour });
    await call('POST', `/v1/consents/${person}/revocations`, { scope: 'CAMPAIGN', campaignId });
    await call('POST', `/v1/consents/${person}/grants`, { scope: 'GLOBAL' });
    await personTexts(platform, { from: '+13125550183', to: from, text: 'HELP' });
    await eventually(
      () => call('GET', `/v1/consents/${encodeURIComponent('+13125550183')}`),
      (r) => r.body.ledger?.length > 0,
    );
    await call('GET', `/v1/consents/${person}`);
    await call('GET', '/v1/inbound-messages');
    await call('GET', '/v1/opt-outs');

    await call('DELETE', `${number}/campaign`);
    await call('DELETE', number);
    expect(mismatches).toEqual([]);
    expect(checked.length).toBeGreaterThan(30);
  }, 300_000);
});
