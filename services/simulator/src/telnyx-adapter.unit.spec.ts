import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, loadConfig } from '@longcode/kit';
import {
  type BrandSubmission,
  createTelnyxRegistration,
  type IncomingWebhook,
  ProviderError,
  type RegistrationProvider,
} from '@longcode/tcr';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from './app.js';
import { configSchema } from './config.js';
import { signingKeyFrom } from './signing.js';

/**
 * The Telnyx adapter of @longcode/tcr against the running simulator, over real HTTP both ways: the
 * simulator must speak the wire format the adapter was written from (Telnyx's docs), or this fails.
 */

/** A webhook receiver on port 0 that answers each delivery with the next of `answers` (then 200). */
async function startReceiver(answers: number[]) {
  const received: IncomingWebhook[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const headers = request.headers as Record<string, string | undefined>;
      received.push({ headers, rawBody: Buffer.concat(chunks), receivedAt: new Date() });
      response.statusCode = answers.shift() ?? 200;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/registration/telnyx`;
  return { url, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

const submission = (referenceId: string, legalName: string): BrandSubmission => ({
  referenceId,
  entityType: 'PRIVATE_PROFIT',
  legalName,
  displayName: 'Acme Dental',
  ein: '12-3456789',
  country: 'US',
  website: 'https://acmedental.example',
  vertical: 'HEALTHCARE',
  email: 'ops@acmedental.example',
  phone: '+12024567890',
  address: { street: '123 Main St', city: 'New York', state: 'NY', postalCode: '10001', country: 'US' },
  stockSymbol: null,
  stockExchange: null,
});

let receiver: Awaited<ReturnType<typeof startReceiver>>;
let simulator: ReturnType<typeof buildApp>;
let simulatorUrl: string;
let telnyx: RegistrationProvider;

beforeAll(async () => {
  receiver = await startReceiver([503]); // the first delivery is refused: it must come again
  const config = loadConfig(configSchema, {
    SIM_API_KEY: 'sim-key',
    SIM_WEBHOOK_URL: 'http://127.0.0.1:9/not-this-one', // brands name their own webhook URL
    SIM_BRAND_DECISION_DELAY_MS: '20',
    SIM_WEBHOOK_RETRY_BASE_MS: '10',
    SIM_REJECT_LEGAL_NAME_PATTERN: '^shady',
  });
  const logger = createLogger({ level: 'silent', service: 'simulator' });
  simulator = buildApp({ logger, config, signingKey: signingKeyFrom(undefined) });
  simulatorUrl = await simulator.listen({ host: '127.0.0.1', port: 0 });
  const { publicKey } = (await (await fetch(`${simulatorUrl}/simulator/public-key`)).json()) as {
    publicKey: string;
  };
  telnyx = createTelnyxRegistration({
    baseUrl: simulatorUrl, // as registration is configured: the origin, no /v2
    apiKey: 'sim-key',
    webhookPublicKey: publicKey,
    webhookUrl: receiver.url,
  });
});

afterAll(async () => {
  await simulator.close();
  await receiver.close();
});

/** The webhooks received for one provider brand id, parsed (and so verified) by the adapter. */
async function updatesFor(providerBrandId: string, count: number) {
  const mine = () =>
    receiver.received.filter(
      (w) => JSON.parse(w.rawBody.toString()).data.payload.brandId === providerBrandId,
    );
  await vi.waitFor(() => expect(mine()).toHaveLength(count), { timeout: 5_000, interval: 20 });
  return mine().map((webhook) => telnyx.parseWebhook(webhook));
}

describe('Telnyx adapter against the simulator', () => {
  it('a brand is created, vetted, then approved, through signed webhooks the adapter verifies', async () => {
    const submitted = await telnyx.submitBrand(submission('brand-approved', 'Acme Dental LLC'));
    expect(submitted).toEqual({
      providerBrandId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      registryBrandId: null,
      identityStatus: 'SELF_DECLARED',
    });

    // the refused first delivery (503), its retry, then the approval
    const [refused, vetted, approved] = await updatesFor(submitted.providerBrandId, 3);
    const base = { providerBrandId: submitted.providerBrandId, referenceId: 'brand-approved' };
    expect(refused).toEqual(vetted);
    expect(vetted).toEqual({
      kind: 'brand.vetted',
      ...base,
      provider: 'AEGIS',
      vettingClass: 'STANDARD',
      score: 75,
      vettedAt: expect.any(Date),
    });
    expect(approved).toEqual({
      kind: 'brand.approved',
      ...base,
      registryBrandId: expect.stringMatching(/^B[A-Z0-9]{6}$/),
      identityStatus: 'VETTED_VERIFIED',
    });

    const brand = await fetch(`${simulatorUrl}/v2/10dlc/brand/${submitted.providerBrandId}`, {
      headers: { authorization: 'Bearer sim-key' },
    });
    expect(await brand.json()).toMatchObject({
      status: 'OK',
      tcrBrandId: approved?.kind === 'brand.approved' && approved.registryBrandId,
    });
  });

  it('a brand whose legal name matches the rule is rejected with a reason', async () => {
    const submitted = await telnyx.submitBrand(submission('brand-rejected', 'Shady Leads Inc'));
    expect(await updatesFor(submitted.providerBrandId, 1)).toEqual([
      {
        kind: 'brand.rejected',
        providerBrandId: submitted.providerBrandId,
        referenceId: 'brand-rejected',
        reasons: [
          { code: 'INVALID_COMPANY_NAME', description: expect.stringContaining('"Shady Leads Inc"') },
        ],
      },
    ]);
  });

  it("the simulator's validation errors reach the adapter as Telnyx errors, not retriable", async () => {
    const error = await telnyx
      .submitBrand({ ...submission('brand-bad', 'Acme'), email: 'nope' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ retriable: false, options: { status: 422 } });
    expect(error.message).toContain('10019 Invalid email address');
  });

  it('a wrong API key is refused, not retriable', async () => {
    const wrongKey = createTelnyxRegistration({
      baseUrl: simulatorUrl, // as registration is configured: the origin, no /v2
      apiKey: 'not-the-key',
      webhookPublicKey: signingKeyFrom(undefined).publicKeyBase64,
    });
    const error = await wrongKey.submitBrand(submission('brand-x', 'Acme')).catch((e) => e);
    expect(error).toMatchObject({ retriable: false, options: { status: 401 } });
  });
});
