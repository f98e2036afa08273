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
 * The message path through the running services, the simulator playing Telnyx: a partner sends through
 * dispatch, the simulator accepts and reports delivery by signed webhook to receipts, dispatch moves the
 * message to delivered; a person's STOP reaches compliance, which opts them out and has dispatch send the
 * one confirmation; the next send to them is refused.
 */
let platform: Platform;
const account = `acct-${randomBytes(4).toString('hex')}`;
let campaignId: string;
let sender: string;
const dispatch = (method: string, path: string, body?: unknown): Promise<Answer> =>
  callAs(account, platform.dispatch.url, method, path, body);
/** A recipient nobody texted yet (Chicago numbers: 312). */
const recipient = freshRecipients('312', 4100);

beforeAll(async () => {
  // Every receipt webhook is delivered twice, and `message.finalized` comes before `message.sent`:
  // each message must still end in one final state.
  platform = await startPlatform(stackFromEnv(process.env), {
    simulator: { SIM_DUPLICATE_RATE: '1', SIM_REORDER_RATE: '1' },
  });
  ({ campaignId, from: sender } = await partnerJourney(platform, account).readyToSend());
}, 240_000);
afterAll(async () => platform?.stop());

describe('Message path > a message sent through dispatch', () => {
  it('is accepted at once with its encoding and segments, submitted once, and ends delivered (receipts twice and out of order)', async () => {
    const to = recipient();
    const accepted = await dispatch('POST', '/messages', {
      campaignId,
      to,
      text: 'Acme Dental: your cleaning is confirmed for Tue 3pm. Reply STOP to opt out.',
    });
    expect(accepted.status).toBe(202);
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      from: sender,
      to,
      encoding: 'GSM-7',
      segments: 1,
    });
    const delivered = await eventually(
      () => dispatch('GET', `/messages/${accepted.body.id}`),
      (r) => r.body.status === 'delivered',
    );
    expect(delivered.body.providerMessageId).toEqual(expect.any(String));
    expect(await carriedMessagesTo(platform, to)).toHaveLength(1);
  });

  it('counts UCS-2 segments for a message with an emoji', async () => {
    const accepted = await dispatch('POST', '/messages', {
      campaignId,
      to: recipient(),
      text: `Acme Dental: see you soon 😀 ${'x'.repeat(60)}`,
    });
    expect(accepted.body).toMatchObject({ encoding: 'UCS-2', segments: 2 });
  });

  it.each([
    ['a recipient that is not E.164', { to: '3125550123' }, 400, 'VALIDATION_FAILED'],
    ['a recipient outside the US', { to: '+447911123456' }, 400, 'VALIDATION_FAILED'],
    ['an empty body', { text: '' }, 400, 'BODY_EMPTY'],
    ['an unknown campaign', { campaignId: 'no-such-campaign' }, 409, 'CAMPAIGN_NOT_SENDABLE'],
    ['a sender not assigned to the campaign', { from: '+12125550199' }, 409, 'SENDER_NOT_ASSIGNED'],
  ])('refuses %s with a stable code, storing nothing', async (_case, change, status, code) => {
    const refused = await dispatch('POST', '/messages', {
      campaignId,
      to: recipient(),
      text: 'Acme Dental: hello',
      ...change,
    });
    expect([refused.status, refused.body.code]).toEqual([status, code]);
  });

  it('accepts a batch message by message: the valid ones, and each refusal with its code', async () => {
    const batch = await dispatch('POST', '/messages/batch', {
      messages: [
        { campaignId, to: recipient(), text: 'Acme Dental: one' },
        { campaignId, to: 'nope', text: 'Acme Dental: two' },
        { campaignId, to: recipient(), text: 'Acme Dental: three' },
      ],
    });
    expect(batch.status).toBe(202);
    expect(batch.body).toMatchObject({ accepted: 2, refused: 1 });
    expect(batch.body.results.map((r: { accepted: boolean }) => r.accepted)).toEqual([true, false, true]);
  });
});

describe('Message path > a person who replies', () => {
  it('STOP: gets exactly one confirmation, and the next send to them is refused as opted out', async () => {
    const person = recipient();
    await personTexts(platform, { from: person, to: sender, text: 'Stop' });
    const confirmations = await eventually(
      () => carriedMessagesTo(platform, person),
      (messages) => messages.length === 1,
    );
    expect(confirmations[0]).toMatchObject({ from: sender, text: expect.stringContaining('unsubscribed') });
    const refused = await eventually(
      () => dispatch('POST', '/messages', { campaignId, to: person, text: 'Acme Dental: are you there?' }),
      (r) => r.status === 409,
    );
    expect(refused.body.code).toBe('RECIPIENT_OPTED_OUT');
    await personTexts(platform, { from: person, to: sender, text: 'STOP' });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await carriedMessagesTo(platform, person)).toHaveLength(1);
  });

  it('HELP: gets the campaign’s help reply', async () => {
    const person = recipient();
    await personTexts(platform, { from: person, to: sender, text: 'help' });
    const replies = await eventually(
      () => carriedMessagesTo(platform, person),
      (messages) => messages.length === 1,
    );
    expect(replies[0]?.text).toContain('Msg & data rates may apply');
  });
});
