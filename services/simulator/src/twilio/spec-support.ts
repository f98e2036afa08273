import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, loadConfig } from '@longcode/kit';
import { createTwilioMessaging, type ProviderWebhook, type SmsProvider } from '@longcode/providers';
import { afterAll, expect, vi } from 'vitest';
import { buildApp } from '../app.js';
import { configSchema } from '../config.js';
import { quickSimulatorEnv, readySender } from '../messaging/spec-support.js';
import { signingKeyFrom } from '../signing.js';

/** Test support: the simulator listening on port 0, driven by packages/providers/twilio over real HTTP. */

const opened: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  await Promise.all(opened.splice(0).map((close) => close()));
});

export const ACCOUNT_SID = `AC${'1f'.repeat(16)}`;
export const AUTH_TOKEN = 'twilio-token-for-tests';

/** A webhook receiver on port 0: every POST it gets, with the full URL it was posted to. */
export async function startReceiver() {
  const received: ProviderWebhook[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        url: `${origin}${request.url}`,
        headers: request.headers as Record<string, string | undefined>,
        rawBody: Buffer.concat(chunks),
        receivedAt: new Date(),
      });
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  opened.push(() => new Promise((resolve) => server.close(resolve)));
  return { origin, received };
}

/**
 * The simulator (registry and numbers decided at once, short message delays, no send limit unless given)
 * listening on port 0, a number of its account ready to send, and the Twilio adapter pointed at it.
 * Closed after the file's tests, as receivers are.
 */
export async function twilioSimulator(inboundUrl: string, env: Record<string, string> = {}) {
  const config = loadConfig(configSchema, {
    ...quickSimulatorEnv,
    SIM_TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    SIM_TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    SIM_TWILIO_INBOUND_URL: inboundUrl,
    ...env,
  });
  const logger = createLogger({ level: 'silent', service: 'simulator' });
  const app = buildApp({ logger, config, signingKey: signingKeyFrom(undefined) });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  opened.push(() => app.close());
  const { from } = await readySender(app);
  const twilio = createTwilioMessaging({ baseUrl: url, accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
  return { app, url, from, twilio };
}

/** The webhooks about one message sid, once there are `count`, parsed (and so verified) by the adapter. */
export async function notificationsAbout(
  received: ProviderWebhook[],
  twilio: SmsProvider,
  sid: string,
  count: number,
) {
  const about = () => received.filter((webhook) => paramsOf(webhook).get('MessageSid') === sid);
  await vi.waitFor(() => expect(about()).toHaveLength(count), { timeout: 5_000, interval: 10 });
  return about().map((webhook) => twilio.parseWebhook(webhook));
}

export const paramsOf = (webhook: ProviderWebhook) => new URLSearchParams(webhook.rawBody.toString());
