import { randomBytes } from 'node:crypto';
import {
  type Answer,
  callAs,
  eventually,
  type Platform,
  partnerJourney,
  stackFromEnv,
  startPlatform,
} from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Pacing by the recipient's carrier through the running services, the simulator playing Telnyx's
 * messaging and number lookup. The brand is vetted at 0 (T-Mobile's low tier: 2,000 segments a day);
 * the simulator places +1206 numbers on T-Mobile, +1214 on AT&T and +1312 on Verizon.
 */
const T_MOBILE_DAILY_CAP = 2_000;
const SEGMENTS = 10;

const numbers = (area: string, count: number, first: number) =>
  Array.from({ length: count }, (_, i) => `+1${area}555${String(first + i).padStart(4, '0')}`);

/** A GSM-7 text of ten segments (1,377 < length ≤ 1,530). */
const longText = `Acme Dental: your treatment plan. ${'Please read the enclosed notes before your visit. '.repeat(29)}`;

async function simulatorStats(platform: Platform) {
  const response = await fetch(`${platform.simulator.url}/simulator/messages/stats`);
  return (await response.json()) as { byRecipient: Record<string, number> };
}

describe("Pacing > when a brand's T-Mobile day is used up", () => {
  let platform: Platform;
  let campaignId: string;
  let dispatch: (method: string, path: string, body?: unknown) => Promise<Answer>;
  beforeAll(async () => {
    platform = await startPlatform(stackFromEnv(process.env), {
      simulator: {
        SIM_VETTING_SCORE: '0',
        SIM_LOOKUP_CARRIERS: '+1206=tmobile,+1214=att,+1312=verizon',
        SIM_MESSAGES_PER_SECOND: '2000',
        SIM_NUMBER_SEED: randomBytes(4).toString('hex'),
      },
      // The number's own rate is not what this shows.
      services: { dispatch: { SENDER_MPS: '0' } },
    });
    const account = `acct-${randomBytes(4).toString('hex')}`;
    dispatch = (method, path, body) => callAs(account, platform.dispatch.url, method, path, body);
    ({ campaignId } = await partnerJourney(platform, account).readyToSend());
  }, 240_000);
  afterAll(async () => platform?.stop());

  const finalStatus = (id: string) =>
    eventually(
      () => dispatch('GET', `/messages/${id}`),
      (r) => ['delivered', 'undelivered', 'failed', 'canceled', 'expired'].includes(r.body.status),
      { timeoutMs: 60_000, intervalMs: 250 },
    );

  it('holds the messages to T-Mobile subscribers, and delivers those to Verizon and AT&T subscribers', async () => {
    // 200 ten-segment messages fill the brand's T-Mobile day (they do not count against AT&T's 240 a minute).
    const filling = numbers('206', T_MOBILE_DAILY_CAP / SEGMENTS, 1000);
    const filled = await dispatch('POST', '/messages/batch', {
      messages: filling.map((to) => ({ campaignId, to, text: longText })),
    });
    expect(filled.body).toMatchObject({ accepted: filling.length, refused: 0 });
    const sent = await eventually(
      () => simulatorStats(platform),
      (s) => filling.every((to) => s.byRecipient[to] === 1),
      { timeoutMs: 90_000, intervalMs: 500 },
    );
    expect(filling.filter((to) => sent.byRecipient[to] !== 1)).toEqual([]);

    const toTmobile = numbers('206', 5, 2000);
    const toOthers = [...numbers('312', 5, 2000), ...numbers('214', 5, 2000)];
    const text = 'Acme Dental: see you Tue.';
    const batch = await dispatch('POST', '/messages/batch', {
      messages: [...toTmobile, ...toOthers].map((to) => ({ campaignId, to, text })),
    });
    expect(batch.body).toMatchObject({ accepted: 15, refused: 0 });
    const results = batch.body.results as Array<{ message: { id: string; to: string } }>;
    const idOf = new Map(results.map(({ message }) => [message.to, message.id]));

    for (const to of toOthers) {
      const final = await finalStatus(idOf.get(to) as string);
      expect([to, final.body.status]).toEqual([to, 'delivered']);
    }
    // Everything else has gone out by now; the T-Mobile-bound messages wait for the Pacific midnight.
    for (const to of toTmobile) {
      const waiting = await dispatch('GET', `/messages/${idOf.get(to)}`);
      expect([to, waiting.body.status]).toEqual([to, 'accepted']);
    }
    const stats = await simulatorStats(platform);
    expect(toTmobile.map((to) => stats.byRecipient[to] ?? 0)).toEqual([0, 0, 0, 0, 0]);
  }, 180_000);
});
