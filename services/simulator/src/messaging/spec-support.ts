import { createPublicKey, verify } from 'node:crypto';
import { createLogger, loadConfig } from '@longcode/kit';
import { afterAll, afterEach, expect, vi } from 'vitest';
import { buildApp } from '../app.js';
import { configSchema } from '../config.js';
import { acmeBrandRequest, acmeCampaignRequest } from '../registry.spec-support.js';
import { signingKeyFrom } from '../signing.js';

/** A simulator that decides, provisions and answers at once (no rate limit, receipts within 10 ms). */
export const quickSimulatorEnv = {
  SIM_API_KEY: 'sim-key',
  SIM_BRAND_DECISION_DELAY_MS: '0',
  SIM_NUMBER_ORDER_DELAY_MS: '0',
  SIM_NUMBER_ASSIGNMENT_DELAY_MS: '0',
  SIM_MESSAGES_PER_SECOND: '0',
  SIM_MESSAGE_SENT_DELAY_MS: '5',
  SIM_MESSAGE_DELIVERY_DELAY_MS: '10',
  SIM_WEBHOOK_RETRY_BASE_MS: '1',
};

/** A messaging webhook the simulator sent, as the receiver got it. */
export interface Received {
  url: string;
  headers: Headers;
  body: string;
  event: {
    data: { event_type: string; id: string; occurred_at: string; record_type: string; payload: Payload };
    meta: { attempt: number; delivered_to: string };
  };
}

export type Payload = Record<string, unknown> & {
  id: string;
  direction: string;
  to: Array<{ phone_number: string; status: string }>;
  errors: Array<{ code: string }>;
};

const perTest: Array<ReturnType<typeof buildApp>> = [];
const perFile: Array<ReturnType<typeof buildApp>> = [];
afterEach(async () => {
  await Promise.all(perTest.splice(0).map((app) => app.close()));
});
afterAll(async () => {
  await Promise.all(perFile.splice(0).map((app) => app.close()));
});

export const auth = { authorization: 'Bearer sim-key' };
export const RECIPIENT = '+13125550002';
export const HOOKS = 'http://hooks.test/webhooks/messaging/telnyx';

/**
 * The simulator with registry and number decisions at once, short message delays, no send limit unless
 * given, and a receiver answering `statusFor(url)` (200 unless set): `received` holds the messaging
 * webhooks it got, in order. Closed after the test, or after the file's tests for `lifetime: 'file'`.
 */
export function simulator(env: Record<string, string> = {}, lifetime: 'test' | 'file' = 'test') {
  const received: Received[] = [];
  const receiver = { statusFor: (_url: string): number => 200 };
  const fetch: typeof globalThis.fetch = async (url, init = {}) => {
    const body = String(init.body);
    const event = JSON.parse(body) as Received['event'];
    if (event.data.event_type.startsWith('message.')) {
      received.push({ url: String(url), headers: new Headers(init.headers), body, event });
    }
    return new Response(null, { status: receiver.statusFor(String(url)) });
  };
  const config = loadConfig(configSchema, {
    ...quickSimulatorEnv,
    SIM_MESSAGING_WEBHOOK_URL: HOOKS,
    ...env,
  });
  const signingKey = signingKeyFrom(undefined);
  const logger = createLogger({ level: 'silent', service: 'simulator' });
  const app = buildApp({ logger, config, signingKey, fetch });
  (lifetime === 'test' ? perTest : perFile).push(app);
  return { app, received, receiver, publicKeyBase64: signingKey.publicKeyBase64 };
}

export type App = ReturnType<typeof simulator>['app'];

export const get = (app: App, url: string) => app.inject({ method: 'GET', url, headers: auth });
export const post = (app: App, url: string, payload: unknown, headers: Record<string, string> = auth) =>
  app.inject({ method: 'POST', url, headers, payload: payload as object });
export const send = (app: App, payload: unknown, headers: Record<string, string> = auth) =>
  post(app, '/v2/messages', payload, headers);

/** A number on the account, active, with no campaign. */
export async function ownedNumber(app: App, areaCode = '970'): Promise<string> {
  const search = await get(app, `/v2/available_phone_numbers?filter[national_destination_code]=${areaCode}`);
  const phoneNumber: string = search.json().data[0].phone_number;
  const order = { phone_numbers: [{ phone_number: phoneNumber }], messaging_profile_id: 'profile-1' };
  expect((await post(app, '/v2/number_orders', order)).statusCode).toBe(200);
  await vi.waitFor(async () => {
    const [owned] = (await get(app, `/v2/phone_numbers?filter[phone_number]=${phoneNumber.slice(1)}`)).json()
      .data;
    expect(owned.status).toBe('active');
  });
  return phoneNumber;
}

/** A campaign the simulated carriers provisioned: its Telnyx id. */
export async function provisionedCampaign(app: App): Promise<string> {
  const brand = await post(app, '/v2/10dlc/brand', acmeBrandRequest);
  const { brandId } = brand.json();
  await vi.waitFor(async () =>
    expect((await get(app, `/v2/10dlc/brand/${brandId}`)).json().status).toBe('OK'),
  );
  const campaign = await post(app, '/v2/10dlc/campaignBuilder', acmeCampaignRequest(brandId));
  const { campaignId } = campaign.json();
  await vi.waitFor(async () =>
    expect((await get(app, `/v2/10dlc/campaign/${campaignId}`)).json().campaignStatus).toBe(
      'MNO_PROVISIONED',
    ),
  );
  return campaignId;
}

/** A number on the account assigned to a provisioned campaign: one that may send. */
export async function readySender(app: App, areaCode = '970'): Promise<{ from: string; campaignId: string }> {
  const [from, campaignId] = await Promise.all([ownedNumber(app, areaCode), provisionedCampaign(app)]);
  const linked = await post(app, '/v2/10dlc/phone_number_campaigns', { phoneNumber: from, campaignId });
  expect(linked.statusCode).toBe(200);
  await vi.waitFor(async () =>
    expect((await get(app, `/v2/10dlc/phone_number_campaigns/${from}`)).json().assignmentStatus).toBe(
      'ASSIGNED',
    ),
  );
  return { from, campaignId };
}

/** Whether the webhook carries a valid Telnyx signature: Ed25519 over `${telnyx-timestamp}|${body}`. */
export function signedBy(webhook: Received, publicKeyBase64: string): boolean {
  const x = Buffer.from(publicKeyBase64, 'base64').toString('base64url');
  const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
  const signed = Buffer.from(`${webhook.headers.get('telnyx-timestamp')}|${webhook.body}`);
  const signature = Buffer.from(webhook.headers.get('telnyx-signature-ed25519') ?? '', 'base64');
  return verify(null, signed, publicKey, signature);
}

/** The webhooks of one message, in the order they arrived. */
export const webhooksOf = (received: Received[], messageId: string) =>
  received.filter((webhook) => webhook.event.data.payload.id === messageId);
