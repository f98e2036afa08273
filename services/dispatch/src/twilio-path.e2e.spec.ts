import { randomBytes } from 'node:crypto';
import {
  type Answer,
  callAs,
  carriedMessagesTo,
  eventually,
  freshRecipients,
  type Platform,
  partnerJourney,
  personTexts,
  stackFromEnv,
  startPlatform,
} from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The message path on Twilio: dispatch sends through packages/providers/twilio (MESSAGING_PROVIDER=twilio)
 * to the simulator playing Twilio's Messages API; its signed status callbacks reach receipts'
 * /webhooks/twilio, and a person's STOP arrives as Twilio's incoming-message webhook.
 */
let platform: Platform;
const account = `acct-${randomBytes(4).toString('hex')}`;
let campaignId: string;
let sender: string;
const dispatch = (method: string, path: string, body?: unknown): Promise<Answer> =>
  callAs(account, platform.dispatch.url, method, path, body);
/** A recipient nobody texted yet (Chicago numbers: 312). */
const recipient = freshRecipients('312', 5100);

beforeAll(async () => {
  // Every status callback comes twice, `delivered` before `sent`: each message must still end delivered.
  platform = await startPlatform(stackFromEnv(process.env), {
    messagingProvider: 'twilio',
    simulator: { SIM_DUPLICATE_RATE: '1', SIM_REORDER_RATE: '1' },
  });
  ({ campaignId, from: sender } = await partnerJourney(platform, account).readyToSend());
}, 240_000);
afterAll(async () => platform?.stop());

describe('Twilio path > a message sent through dispatch', () => {
  it("goes out through Twilio's API once, with an SM sid, and ends delivered by its signed status callbacks", async () => {
    const to = recipient();
    const accepted = await dispatch('POST', '/messages', {
      campaignId,
      to,
      text: 'Acme Dental: your cleaning is confirmed for Tue 3pm. Reply STOP to opt out.',
    });
    expect(accepted.status).toBe(202);
    const delivered = await eventually(
      () => dispatch('GET', `/messages/${accepted.body.id}`),
      (r) => r.body.status === 'delivered',
    );
    expect(delivered.body.providerMessageId).toMatch(/^SM[0-9a-f]{32}$/);
    // both callbacks, twice each, taken by receipts (a bad signature would be answered 401)
    const [submitted, ...more] = await eventually(
      () => carriedMessagesTo(platform, to),
      (messages) => messages[0]?.webhooks.length === 4,
    );
    expect(more).toEqual([]);
    expect(submitted).toMatchObject({ provider: 'twilio', from: sender });
    expect(submitted?.webhookUrl).toContain('/webhooks/twilio?messageId=');
    expect(submitted?.webhooks.every((webhook) => webhook.delivered)).toBe(true);
  });
});

describe("Twilio path > a person who texts STOP through Twilio's incoming-message webhook", () => {
  it('gets one confirmation, and the next send to them is refused as opted out', async () => {
    const person = recipient();
    const injected = await personTexts(platform, {
      from: person,
      to: sender,
      text: 'STOP',
      provider: 'twilio',
    });
    expect(injected).toMatchObject({ webhookUrl: expect.stringContaining('/webhooks/twilio') });
    const confirmations = await eventually(
      () => carriedMessagesTo(platform, person),
      (messages) => messages.length === 1,
    );
    expect(confirmations[0]).toMatchObject({
      provider: 'twilio',
      text: expect.stringContaining('unsubscribed'),
    });
    const refused = await eventually(
      () => dispatch('POST', '/messages', { campaignId, to: person, text: 'Acme Dental: are you there?' }),
      (r) => r.status === 409,
    );
    expect(refused.body.code).toBe('RECIPIENT_OPTED_OUT');
  });
});
