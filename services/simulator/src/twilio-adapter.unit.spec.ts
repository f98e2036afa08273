import { loadConfig } from '@longcode/kit';
import { createTwilioMessaging, type OutboundMessage, smsProviders } from '@longcode/providers';
import { beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from './config.js';
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  notificationsAbout,
  paramsOf,
  startReceiver,
  twilioSimulator,
} from './twilio/spec-support.js';

/**
 * The Twilio adapter of @longcode/providers (what dispatch sends with and receipts reads with) against the
 * running simulator, over real HTTP both ways: the simulator must speak the wire format the adapter was
 * written from (Twilio's docs), or this fails.
 */

let receiver: Awaited<ReturnType<typeof startReceiver>>;
let sim: Awaited<ReturnType<typeof twilioSimulator>>;
const text = 'Acme Dental: see you Tue at 2:30pm. Reply STOP to opt out.';
let line = 1000;
const message = (overrides: Partial<OutboundMessage> = {}): OutboundMessage => ({
  messageId: `msg-${line}`,
  from: sim.from,
  to: `+1312555${line++}`,
  text,
  mediaUrls: [],
  statusCallbackUrl: `${receiver.origin}/webhooks/twilio?messageId=msg-${line}`,
  ...overrides,
});

beforeAll(async () => {
  receiver = await startReceiver();
  sim = await twilioSimulator(`${receiver.origin}/webhooks/twilio`, {
    SIM_BLOCKED_RECIPIENTS: '^\\+1312555999',
  });
});

describe('Twilio adapter against the simulator > a send', () => {
  it('is created (201, SM sid, its segments), then reported sent and delivered by callbacks the adapter verifies', async () => {
    const sent = await sim.twilio.send(message());
    expect(sent).toEqual({
      outcome: 'accepted',
      providerMessageId: expect.stringMatching(/^SM[0-9a-f]{32}$/),
      segments: 1,
    });
    const sid = sent.outcome === 'accepted' ? sent.providerMessageId : '';

    const [first, second] = await notificationsAbout(receiver.received, sim.twilio, sid, 2);
    const receipt = { kind: 'receipt', providerMessageId: sid, errorCode: null, retriable: null };
    expect(first).toEqual([expect.objectContaining({ ...receipt, status: 'sent' })]);
    expect(second).toEqual([expect.objectContaining({ ...receipt, status: 'delivered' })]);

    const resource = await fetch(`${sim.url}/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${sid}.json`, {
      headers: { authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}` },
    });
    expect(await resource.json()).toMatchObject({
      sid,
      status: 'delivered',
      account_sid: ACCOUNT_SID,
      body: text,
    });
  });

  it('signs each callback for the StatusCallback URL with the Auth Token: another token does not verify', async () => {
    const sent = await sim.twilio.send(message());
    const sid = sent.outcome === 'accepted' ? sent.providerMessageId : '';
    await notificationsAbout(receiver.received, sim.twilio, sid, 2);
    const callback = receiver.received.find((webhook) => paramsOf(webhook).get('MessageSid') === sid);
    expect(paramsOf(callback ?? never()).get('AccountSid')).toBe(ACCOUNT_SID);
    const otherToken = createTwilioMessaging({ accountSid: ACCOUNT_SID, authToken: 'not-the-token' });
    expect(() => otherToken.parseWebhook(callback ?? never())).toThrow(/signature does not match/);
  });

  it('an invalid To is refused with 21211, not retriable', async () => {
    expect(await sim.twilio.send(message({ to: '+1312555' }))).toMatchObject({
      outcome: 'rejected',
      code: '21211',
      retriable: false,
    });
  });

  it('a recipient who texted STOP (blocked) is refused with 21610, not retriable', async () => {
    expect(await sim.twilio.send(message({ to: '+13125559990' }))).toMatchObject({
      outcome: 'rejected',
      code: '21610',
      retriable: false,
    });
  });

  it('a From that is not a number of the account is refused with 21606, not retriable', async () => {
    expect(await sim.twilio.send(message({ from: '+13125550199' }))).toMatchObject({
      outcome: 'rejected',
      code: '21606',
      retriable: false,
    });
  });

  it('wrong credentials are refused 401 with 20003, not retriable', async () => {
    const wrong = createTwilioMessaging({ baseUrl: sim.url, accountSid: ACCOUNT_SID, authToken: 'wrong' });
    expect(await wrong.send(message())).toMatchObject({
      outcome: 'rejected',
      code: '20003',
      retriable: false,
    });
    const raw = await fetch(`${sim.url}/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`, {
      method: 'POST',
    });
    expect(raw.status).toBe(401);
    expect(await raw.json()).toEqual({
      code: 20003,
      message: 'Authenticate',
      more_info: 'https://www.twilio.com/docs/errors/20003',
      status: 401,
    });
  });
});

describe('Twilio adapter against the simulator > an injected inbound text', () => {
  it("reaches SIM_TWILIO_INBOUND_URL as Twilio's signed incoming-message webhook, read by the adapter", async () => {
    const injected = await fetch(`${sim.url}/simulator/inbound`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: '+13125550777', to: sim.from, text: 'STOP', provider: 'twilio' }),
    });
    expect(injected.status).toBe(202);
    const { messageId, webhookUrl } = (await injected.json()) as { messageId: string; webhookUrl: string };
    expect(messageId).toMatch(/^SM[0-9a-f]{32}$/);
    expect(webhookUrl).toBe(`${receiver.origin}/webhooks/twilio`);
    const [notifications] = await notificationsAbout(receiver.received, sim.twilio, messageId, 1);
    expect(notifications).toEqual([
      {
        kind: 'inbound',
        providerEventId: messageId,
        providerMessageId: messageId,
        from: '+13125550777',
        to: sim.from,
        text: 'STOP',
        mediaUrls: [],
        receivedAt: expect.any(Date),
      },
    ]);
  });
});

describe('Twilio adapter against the simulator > configuration', () => {
  it("the simulator's default account is one dispatch's Twilio configuration takes", () => {
    const defaults = loadConfig(configSchema, { SIM_API_KEY: 'sim-key' });
    const twilio = smsProviders.twilio.config.parse({
      TWILIO_ACCOUNT_SID: defaults.SIM_TWILIO_ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: defaults.SIM_TWILIO_AUTH_TOKEN,
    });
    expect(twilio.TWILIO_ACCOUNT_SID).toBe(defaults.SIM_TWILIO_ACCOUNT_SID);
  });
});

function never(): never {
  throw new Error('expected a callback');
}
