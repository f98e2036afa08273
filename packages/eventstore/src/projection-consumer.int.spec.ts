import { randomUUID } from 'node:crypto';
import { eventually } from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerNames } from './envelope.js';
import type { ProjectionConsumer } from './projection-consumer.js';
import { retryHeaders } from './retry-policy.js';
import { collectTopic } from './test-support/collect.js';
import { counterProjectionMigration, readCounters } from './test-support/counter-projection.js';
import { createHarness } from './test-support/harness.js';

type Harness = Awaited<ReturnType<typeof createHarness>>;
let h: Harness;
let consumer: ProjectionConsumer;
let deadLetters: Awaited<ReturnType<typeof collectTopic>>;
let retries: Awaited<ReturnType<typeof collectTopic>>;
let deadLetterTopic: string;

beforeAll(async () => {
  h = await createHarness('consumer', { migrations: [counterProjectionMigration] });
  const projection = await h.startCounterProjection({ maxAttempts: 3, backoffMs: () => 300 });
  consumer = projection.consumer;
  retries = await collectTopic(h.kafka, projection.retryTopic);
  deadLetters = await collectTopic(h.kafka, projection.deadLetterTopic);
  deadLetterTopic = projection.deadLetterTopic;
  h.relay.start();
});
afterAll(async () => {
  await consumer?.stop();
  await retries?.stop();
  await deadLetters?.stop();
  await h?.close();
});

const append = (stream: string, version: number, by: number) =>
  h.store.append(stream, [{ type: h.type, data: { counterId: stream, by } }], {
    expectedVersion: version,
    accountId: 'acct-1',
    correlationId: randomUUID(),
  });

describe('Projection consumer', () => {
  it('projects every event once', async () => {
    const stream = `counter-${randomUUID()}`;
    for (let v = 0; v < 5; v++) await append(stream, v, v + 1);
    const counters = await eventually(
      () => readCounters(h.db),
      (c) => c.get(stream)?.events === 5,
    );
    expect(counters.get(stream)).toEqual({ events: 5, total: 15 });
  });

  describe('when an event is delivered twice', () => {
    it('applies it once (the inbox absorbs the duplicate)', async () => {
      const stream = `counter-${randomUUID()}`;
      await append(stream, 0, 7);
      await eventually(
        () => readCounters(h.db),
        (c) => c.get(stream)?.events === 1,
      );
      const all = await collectTopic(h.kafka, h.topic);
      const original = await eventually(
        async () => all.messages.find((m) => m.key === stream),
        (m) => m !== undefined,
      );
      await all.stop();
      const producer = h.kafka.producer();
      await producer.connect();
      await producer.send(h.topic, [
        { key: stream, value: original?.value ?? null, headers: original?.headers ?? {} },
      ]);
      await producer.disconnect();
      await append(stream, 1, 1); // a later event proves the duplicate was consumed before it
      const counters = await eventually(
        () => readCounters(h.db),
        (c) => c.get(stream)?.total === 8,
      );
      expect(counters.get(stream)).toEqual({ events: 2, total: 8 });
    });
  });

  describe('when told which event types it applies', () => {
    it('passes over the others unread: an undecodable one of another type is neither applied, recorded nor retried', async () => {
      const only = await h.startCounterProjection({ maxAttempts: 3, backoffMs: () => 300 }, [h.type]);
      const onlyRetries = await collectTopic(h.kafka, only.retryTopic);
      try {
        const stream = `counter-${randomUUID()}`;
        const otherId = randomUUID();
        const producer = h.kafka.producer();
        await producer.connect();
        await producer.send(h.topic, [
          {
            key: stream,
            value: Buffer.from('not avro at all'),
            headers: { [headerNames.type]: 'longcode.test.SomethingElse', [headerNames.eventId]: otherId },
          },
        ]);
        await producer.disconnect();
        // The same key, after it in the partition: once this one is in the inbox, the other was dealt with.
        await append(stream, 0, 4);
        const recorded = await eventually(
          async () =>
            (await h.db('inbox').where({ consumer: only.group }).select('event_id')).map((r) => r.event_id),
          (ids) => ids.length > 0 && !ids.includes(otherId) && ids.length >= 1,
        );
        const inboxAfter = await h.db('inbox').where({ consumer: only.group, event_id: otherId });
        expect(recorded.length).toBeGreaterThan(0);
        expect(inboxAfter).toEqual([]);
        expect(onlyRetries.messages.filter((m) => m.key === stream)).toEqual([]);
      } finally {
        await only.consumer.stop();
        await onlyRetries.stop();
      }
    });
  });

  describe('when an event cannot be applied (poison)', () => {
    it('retries it, dead-letters it with the reason, and keeps consuming', async () => {
      const stream = `counter-${randomUUID()}`;
      await append(stream, 0, -1); // the projection refuses negative increments
      const after = `counter-${randomUUID()}`;
      await append(after, 0, 2);
      await eventually(
        () => readCounters(h.db),
        (c) => c.get(after)?.events === 1,
      );
      const dead = await eventually(
        async () => deadLetters.messages.filter((m) => m.key === stream),
        (list) => list.length === 1,
        { timeoutMs: 30_000 },
      );
      expect(dead[0]?.headers[retryHeaders.error]).toContain('a counter cannot go down');
      expect(dead[0]?.headers[retryHeaders.originalTopic]).toBe(h.topic);
      expect(dead[0]?.headers[retryHeaders.attempt]).toBe('3');
      expect(retries.messages.filter((m) => m.key === stream)).toHaveLength(2);
      expect((await readCounters(h.db)).get(stream)).toBeUndefined();
      // It stays there until someone looks: the dead-letter topic deletes nothing by age.
      const admin = h.kafka.admin();
      await admin.connect();
      const settings = await admin.topicConfig(deadLetterTopic).finally(() => admin.disconnect());
      expect(settings['retention.ms']).toBe('-1');
    });

    it('dead-letters a value that is not Avro at all, and the next event still lands', async () => {
      const key = `garbage-${randomUUID()}`;
      const producer = h.kafka.producer();
      await producer.connect();
      await producer.send(h.topic, [
        {
          key,
          value: Buffer.from('not avro'),
          headers: {
            [headerNames.eventId]: randomUUID(),
            [headerNames.type]: h.type,
            [headerNames.time]: new Date().toISOString(),
            [headerNames.streamId]: key,
            [headerNames.version]: '1',
            [headerNames.accountId]: 'acct-1',
            [headerNames.correlationId]: randomUUID(),
          },
        },
      ]);
      await producer.disconnect();
      const next = `counter-${randomUUID()}`;
      await append(next, 0, 3);
      await eventually(
        () => readCounters(h.db),
        (c) => c.get(next)?.events === 1,
      );
      const dead = await eventually(
        async () => deadLetters.messages.filter((m) => m.key === key),
        (list) => list.length === 1,
      );
      expect(dead[0]?.value?.toString()).toBe('not avro');
      expect(dead[0]?.headers[retryHeaders.error]).toBeTruthy();
    });
  });
});
