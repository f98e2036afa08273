import { verify } from 'node:crypto';
import { createLogger } from '@longcode/kit';
import { describe, expect, it } from 'vitest';
import { signingKeyFrom } from '../signing.js';
import type { TelnyxEvent } from './events.js';
import { createWebhookSender } from './sender.js';

const signingKey = signingKeyFrom(undefined);
const logger = createLogger({ level: 'silent', service: 'simulator' });
const event: TelnyxEvent = {
  data: {
    event_type: '10dlc.brand.update',
    id: 'evt-1',
    occurred_at: '2026-01-01T00:00:00.000Z',
    payload: { brandId: 'b-1', type: 'REGISTRATION', status: 'failed', reasons: [] },
    record_type: 'event',
  },
};

/** A receiver answering each delivery with the next of `answers` (a status, or a network failure). */
function receiver(...answers: Array<number | 'down'>) {
  const received: Array<{ headers: Headers; body: string }> = [];
  const fetch: typeof globalThis.fetch = async (_url, init = {}) => {
    received.push({ headers: new Headers(init.headers), body: String(init.body) });
    const answer = answers[received.length - 1] ?? 200;
    if (answer === 'down') throw new TypeError('fetch failed');
    return new Response(null, { status: answer });
  };
  return { fetch, received };
}

const senderWith = (fetch: typeof globalThis.fetch, maxAttempts = 5) =>
  createWebhookSender({
    signingKey,
    logger,
    maxAttempts,
    retryBaseMs: 1,
    fetch,
    now: () => new Date(1_775_000_000_000),
  });

describe('Webhook sender', () => {
  it("signs each delivery as Telnyx does: Ed25519 over timestamp|body, in Telnyx's headers", async () => {
    const { fetch, received } = receiver(200);
    const report = await senderWith(fetch).deliver('http://hooks.example/telnyx', event);
    expect(report).toMatchObject({ delivered: true, attempts: 1, lastResult: 200, type: 'REGISTRATION' });
    const [delivery] = received;
    expect(delivery?.headers.get('telnyx-timestamp')).toBe('1775000000');
    const signed = Buffer.from(`1775000000|${delivery?.body}`);
    const signature = Buffer.from(delivery?.headers.get('telnyx-signature-ed25519') ?? '', 'base64');
    expect(verify(null, signed, signingKey.privateKey, signature)).toBe(true);
    expect(JSON.parse(delivery?.body ?? '')).toEqual({
      ...event,
      meta: { attempt: 1, delivered_to: 'http://hooks.example/telnyx' },
    });
  });

  describe('when the receiver answers non-2xx or is down', () => {
    it('retries, counting attempts in meta, until it is accepted', async () => {
      const { fetch, received } = receiver(503, 'down', 202);
      const report = await senderWith(fetch).deliver('http://hooks.example/telnyx', event);
      expect(report).toMatchObject({ delivered: true, attempts: 3, lastResult: 202 });
      expect(received.map((r) => JSON.parse(r.body).meta.attempt)).toEqual([1, 2, 3]);
    });

    it('gives up after the configured number of attempts', async () => {
      const { fetch, received } = receiver(500, 500, 500, 500);
      const report = await senderWith(fetch, 3).deliver('http://hooks.example/telnyx', event);
      expect(report).toMatchObject({ delivered: false, attempts: 3, lastResult: 500 });
      expect(received).toHaveLength(3);
    });
  });

  it('stops retrying once closed', async () => {
    const { fetch, received } = receiver(500, 500, 500);
    const sender = createWebhookSender({ signingKey, logger, maxAttempts: 3, retryBaseMs: 60_000, fetch });
    const delivering = sender.deliver('http://hooks.example/telnyx', event);
    sender.close();
    expect(await delivering).toMatchObject({ delivered: false, attempts: 1 });
    expect(received).toHaveLength(1);
  });
});
