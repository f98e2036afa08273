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
 * Submission through the running services, the simulator playing Telnyx: a send the carrier refuses with
 * a 5xx is tried again until it is taken, once; a queue of messages leaves at the sender number's rate.
 * Each describe starts a platform of its own, the simulator set up for what it shows.
 */
interface Sending {
  campaignId: string;
  from: string;
  dispatch(method: string, path: string, body?: unknown): Promise<Answer>;
}

/** An account with an approved campaign (not held by quiet hours) and one number, known to dispatch. */
async function readyToSend(platform: Platform): Promise<Sending> {
  const account = `acct-${randomBytes(4).toString('hex')}`;
  const dispatch = (method: string, path: string, body?: unknown) =>
    callAs(account, platform.dispatch.url, method, path, body);
  const { campaignId, from } = await partnerJourney(platform, account).readyToSend();
  return { campaignId, from, dispatch };
}

/** The simulator's numbers from a seed of their own: no other run paces the same number in Redis. */
const numberSeed = () => ({ SIM_NUMBER_SEED: randomBytes(4).toString('hex') });

const recipients = (count: number, first: number) =>
  Array.from({ length: count }, (_, i) => `+1312555${String(first + i).padStart(4, '0')}`);

interface SimulatedMessage {
  to: string;
  receivedAt: string;
}
async function simulatorGet<T>(platform: Platform, path: string): Promise<T> {
  const response = await fetch(`${platform.simulator.url}/simulator${path}`);
  return (await response.json()) as T;
}

describe('Submission > when the carrier answers sends with 5xx', () => {
  let platform: Platform;
  let sending: Sending;
  beforeAll(async () => {
    // SIM_SEED fixes the simulator's answers in the order sends reach it: at this rate and seed its first
    // 15 answers hold 4 refusals, and the campaign allows 10 attempts, so every message is taken in the
    // end, whichever sends the refusals fall on.
    platform = await startPlatform(stackFromEnv(process.env), {
      simulator: { SIM_SEND_ERROR_RATE: '0.5', SIM_SEED: 'retries-13', ...numberSeed() },
      services: { dispatch: { RETRY_BACKOFF_MS: '500,1000' } },
    });
    sending = await readyToSend(platform);
    const settings = await sending.dispatch('PUT', `/campaigns/${sending.campaignId}/settings`, {
      maxAttempts: 10,
    });
    expect(settings.status).toBe(200);
  }, 240_000);
  afterAll(async () => platform?.stop());

  it('tries a refused send again: each message is taken by the carrier once and ends delivered', async () => {
    const { campaignId, dispatch } = sending;
    const people = recipients(10, 2000);
    const accepted = await Promise.all(
      people.map((to) =>
        dispatch('POST', '/messages', { campaignId, to, text: 'Acme Dental: see you Tue.' }),
      ),
    );
    expect(accepted.map((r) => r.status)).toEqual(people.map(() => 202));

    const attempts: number[] = [];
    for (const { body } of accepted) {
      const final = await eventually(
        () => dispatch('GET', `/messages/${body.id}`),
        (r) => ['delivered', 'undelivered', 'failed', 'canceled', 'expired'].includes(r.body.status),
      );
      expect([final.body.to, final.body.status]).toEqual([body.to, 'delivered']);
      attempts.push(final.body.attempts);
    }
    // The refusals fell on the test's messages too: some needed more than one try.
    expect(Math.max(...attempts)).toBeGreaterThan(1);
    const stats = await simulatorGet<{ serverErrors: number; byRecipient: Record<string, number> }>(
      platform,
      '/messages/stats',
    );
    expect(stats.serverErrors).toBeGreaterThan(0);
    expect(people.map((to) => stats.byRecipient[to])).toEqual(people.map(() => 1));
  });
});

describe('Submission > when a queue outlasts the sender number’s rate', () => {
  const SENDER_MPS = 5;
  let platform: Platform;
  let sending: Sending;
  beforeAll(async () => {
    // The campaign's AT&T class allows thousands a minute: the number's 5 a second is the limit that binds.
    platform = await startPlatform(stackFromEnv(process.env), {
      simulator: numberSeed(),
      services: { dispatch: { SENDER_MPS: String(SENDER_MPS) } },
    });
    sending = await readyToSend(platform);
  }, 240_000);
  afterAll(async () => platform?.stop());

  it('sends at the limit, within 5%, and not above it', async () => {
    const { campaignId, from, dispatch } = sending;
    const text = 'Acme Dental: your statement is ready.';
    const people = recipients(20 * SENDER_MPS, 3000);
    const batch = await dispatch('POST', '/messages/batch', {
      messages: people.map((to) => ({ campaignId, to, text })),
    });
    expect(batch.body).toMatchObject({ accepted: people.length, refused: 0 });

    const query = `/messages?from=${encodeURIComponent(from)}&text=${encodeURIComponent(text)}`;
    const { messages } = await eventually(
      () => simulatorGet<{ messages: SimulatedMessage[] }>(platform, query),
      (r) => r.messages.length === people.length,
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    const rate = perSecond(messages.map((m) => Date.parse(m.receivedAt)));
    expect(rate).toBeGreaterThanOrEqual(SENDER_MPS * 0.95);
    expect(rate).toBeLessThanOrEqual(SENDER_MPS * 1.05);
  });
});

/**
 * Messages a second from the carrier's receive times (ms). The limit counts fixed one-second windows (of
 * the clock this machine shares), so the rate is the messages received in whole windows divided by their
 * number, gaps included. The first window (the queue may have come late in it) and the last (the queue
 * ran out in it) are left out; a message that crosses a window's edge on its way moves one message from
 * one window to the next, which over twenty windows is within 2 %.
 */
function perSecond(times: number[]): number {
  const seconds = times.map((t) => Math.floor(t / 1_000));
  const first = Math.min(...seconds) + 1;
  const last = Math.max(...seconds) - 1;
  const counted = seconds.filter((s) => s >= first && s <= last).length;
  return counted / (last - first + 1);
}
