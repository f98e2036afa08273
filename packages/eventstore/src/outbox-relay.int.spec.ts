import { randomUUID } from 'node:crypto';
import { eventually } from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerNames } from './envelope.js';
import { collectTopic, sleep } from './test-support/collect.js';
import { createHarness } from './test-support/harness.js';

type Harness = Awaited<ReturnType<typeof createHarness>>;
let h: Harness;
let collected: Awaited<ReturnType<typeof collectTopic>>;
beforeAll(async () => {
  h = await createHarness('relay');
  collected = await collectTopic(h.kafka, h.topic);
  h.relay.start();
});
afterAll(async () => {
  await collected?.stop();
  await h?.close();
});

const meta = (expectedVersion: number) => ({
  expectedVersion,
  accountId: 'acct-1',
  correlationId: randomUUID(),
});

describe('Outbox relay', () => {
  describe('when the appending transaction rolls back', () => {
    it('publishes nothing', async () => {
      const stream = `counter-${randomUUID()}`;
      await expect(
        h.db.transaction(async (trx) => {
          await h.store.append(stream, [{ type: h.type, data: { counterId: stream, by: 1 } }], meta(0), trx);
          throw new Error('the command failed after appending');
        }),
      ).rejects.toThrow('the command failed');
      h.relay.notify();
      await h.relay.drained();
      await sleep(500);
      expect(collected.messages.filter((m) => m.key === stream)).toHaveLength(0);
      expect(await h.store.readStream(stream)).toHaveLength(0);
    });
  });

  describe('when it commits', () => {
    it('publishes exactly its events, in stream order, keyed by stream, with the envelope', async () => {
      const stream = `counter-${randomUUID()}`;
      await h.db.transaction(async (trx) => {
        await h.store.append(
          stream,
          [1, 2, 3].map((by) => ({ type: h.type, data: { counterId: stream, by } })),
          meta(0),
          trx,
        );
      });
      await h.store.append(stream, [{ type: h.type, data: { counterId: stream, by: 4 } }], meta(3));
      const mine = await eventually(
        async () => collected.messages.filter((m) => m.key === stream),
        (list) => list.length >= 4,
      );
      await sleep(300);
      expect(collected.messages.filter((m) => m.key === stream)).toHaveLength(4);
      const decoded = await Promise.all(mine.map((m) => h.registry.decode(m.value as Buffer)));
      expect(decoded.map((d) => (d.value as { by: number }).by)).toEqual([1, 2, 3, 4]);
      expect(mine.map((m) => m.headers[headerNames.version])).toEqual(['1', '2', '3', '4']);
      expect(new Set(mine.map((m) => m.partition)).size).toBe(1);
      const stored = await h.store.readStream(stream);
      expect(mine.map((m) => m.headers[headerNames.eventId])).toEqual(stored.map((e) => e.eventId));
    });
  });
});
