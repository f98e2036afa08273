import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type KafkaClientName, kafkaClients } from './clients.js';
import { KafkaError } from './errors.js';
import type { Admin, Batch, Consumer, IncomingMessage, KafkaClient, Producer } from './port.js';
import { byKey, keyedMessages, positionsOf, startConsumer, uniqueName, waitFor } from './spec-support.js';

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const clientNames = Object.keys(kafkaClients) as KafkaClientName[];

describe.each(clientNames)('Kafka client %s', (name) => {
  let client: KafkaClient;
  let admin: Admin;
  let producer: Producer;
  const topics: string[] = [];
  let consumers: Consumer[] = [];

  beforeAll(async () => {
    client = kafkaClients[name]({ brokers, clientId: `kafka-int-${name}` });
    admin = client.admin();
    await admin.connect();
    producer = client.producer();
    await producer.connect();
  });

  afterEach(async () => {
    await Promise.all(consumers.map((consumer) => consumer.disconnect()));
    consumers = [];
  });

  afterAll(async () => {
    await admin?.deleteTopics(topics);
    await producer?.disconnect();
    await admin?.disconnect();
  });

  async function newTopic(): Promise<string> {
    const topic = uniqueName(`kafka-int-${name}`);
    topics.push(topic);
    await admin.ensureTopics([{ name: topic, partitions: 3 }]);
    return topic;
  }

  describe('when messages are produced', () => {
    it('delivers each once, with key, value and headers intact, in order per key', async () => {
      const topic = await newTopic();
      const sent = [
        ...keyedMessages(6, 10),
        { key: 'key-0', value: null, headers: { seq: '10' } },
        { key: null, value: Buffer.from('keyless') },
      ];
      await producer.send(topic, sent.slice(0, 30));
      await producer.send(topic, sent.slice(30));

      const received: IncomingMessage[] = [];
      await startConsumer(
        client,
        { topic, eachBatch: async (batch) => void received.push(...batch.messages) },
        consumers,
      );
      await waitFor(() => received.length >= sent.length);
      await sleep(300);

      expect(received).toHaveLength(sent.length);
      const keys = byKey(received);
      for (let k = 0; k < 6; k += 1) {
        const messages = keys.get(`key-${k}`) ?? [];
        const expectedSeqs = Array.from({ length: k === 0 ? 11 : 10 }, (_, seq) => String(seq));
        expect(messages.map((message) => message.headers.seq)).toEqual(expectedSeqs);
        expect(new Set(messages.map((message) => message.partition)).size).toBe(1);
        expect(messages[1]?.headers).toEqual({ key: `key-${k}`, seq: '1', tag: 'm' });
        expect(messages[1]?.value?.toString()).toBe(`m:key-${k}:1`);
      }
      expect(keys.get('key-0')?.at(-1)?.value).toBeNull();
      expect(keys.get(null)?.map((message) => message.value?.toString())).toEqual(['keyless']);
      expect(received.every((message) => message.topic === topic && /^\d+$/.test(message.timestamp))).toBe(
        true,
      );
    });
  });

  describe('when a consumer gathers (waits on the broker for more per fetch)', () => {
    it('still delivers a lone message, once its wait is over (the broker never gathers its minimum)', async () => {
      const topic = await newTopic();
      const received: IncomingMessage[] = [];
      await startConsumer(
        client,
        {
          topic,
          gather: { minBytes: 1_000_000, maxWaitTimeMs: 300 },
          eachBatch: async (batch) => void received.push(...batch.messages),
        },
        consumers,
      );
      await producer.send(topic, [{ key: 'lone', value: Buffer.from('x'), headers: {} }]);
      await waitFor(() => received.length === 1);
      expect(received[0]?.key).toBe('lone');
    });
  });

  describe('when eachBatch throws on its first batch', () => {
    it('redelivers that batch from its first message, then loses and skips nothing', async () => {
      const topic = await newTopic();
      await producer.send(topic, keyedMessages(5, 6));
      const attempts: Batch[] = [];
      const handled: IncomingMessage[] = [];
      const eachBatch = async (batch: Batch) => {
        attempts.push(batch);
        if (attempts.length === 1) throw new Error('first attempt fails');
        handled.push(...batch.messages);
      };
      await startConsumer(client, { topic, eachBatch }, consumers);
      await waitFor(() => handled.length >= 30);
      await sleep(300);

      const [failed, retried] = attempts;
      expect(retried?.partition).toBe(failed?.partition);
      expect(positionsOf(retried?.messages ?? [])).toEqual(positionsOf(failed?.messages ?? []));
      expect(handled).toHaveLength(30);
      for (const partition of [0, 1, 2]) {
        const offsets = handled.filter((m) => m.partition === partition).map((m) => Number(m.offset));
        expect(offsets).toEqual(offsets.map((_, index) => index));
      }
    });
  });

  describe('when a consumer is stopped mid-batch', () => {
    it('commits the in-flight batch, and the next consumer of the group resumes after it', async () => {
      const topic = await newTopic();
      const groupId = uniqueName('group');
      await producer.send(topic, keyedMessages(5, 6, 'before'));

      const firstRun: IncomingMessage[] = [];
      let batchStarted: () => void = () => {};
      const started = new Promise<void>((resolve) => {
        batchStarted = resolve;
      });
      const slowBatch = async (batch: Batch) => {
        batchStarted();
        await sleep(500);
        firstRun.push(...batch.messages);
      };
      const first = await startConsumer(client, { groupId, topic, eachBatch: slowBatch }, consumers);
      await started;
      await first.stop();
      expect(firstRun.length).toBeGreaterThan(0);

      await producer.send(topic, keyedMessages(5, 6, 'after'));
      const secondRun: IncomingMessage[] = [];
      const collect = async (batch: Batch) => void secondRun.push(...batch.messages);
      await startConsumer(client, { groupId, topic, eachBatch: collect }, consumers);
      await waitFor(() => firstRun.length + secondRun.length >= 60);
      await sleep(300);

      const all = positionsOf([...firstRun, ...secondRun]);
      expect(all).toHaveLength(60);
      expect(new Set(all).size).toBe(60);
    });
  });

  describe('ensureTopics', () => {
    it('is idempotent, for existing and new topics alike', async () => {
      const existing = await newTopic();
      const created = uniqueName(`kafka-int-${name}`);
      topics.push(created);
      const specs = [
        { name: existing, partitions: 3 },
        { name: created, partitions: 2, config: { 'cleanup.policy': 'compact' } },
      ];

      await admin.ensureTopics(specs);
      await admin.ensureTopics(specs);

      await expect(producer.send(created, [{ key: 'k', value: Buffer.from('v') }])).resolves.toBeUndefined();
    });

    it('gives new and existing topics the settings asked for, and leaves their other settings alone', async () => {
      const topic = uniqueName(`kafka-int-${name}`);
      topics.push(topic);
      const settings = async () => {
        const all = await admin.topicConfig(topic);
        return { retention: all['retention.ms'], maxMessage: all['max.message.bytes'] };
      };

      await admin.ensureTopics([
        { name: topic, partitions: 2, config: { 'retention.ms': '3600000', 'max.message.bytes': '2000000' } },
      ]);
      expect(await settings()).toEqual({ retention: '3600000', maxMessage: '2000000' });

      // Kept forever from now on: the existing topic is altered, its message size stays its own.
      await admin.ensureTopics([{ name: topic, partitions: 2, config: { 'retention.ms': '-1' } }]);
      expect(await settings()).toEqual({ retention: '-1', maxMessage: '2000000' });
    });

    it('succeeds for every one of several clients creating the same new topics at once', async () => {
      const specs = Array.from({ length: 12 }, () => ({
        name: uniqueName(`kafka-int-${name}`),
        partitions: 3,
      }));
      topics.push(...specs.map((spec) => spec.name));
      const admins = Array.from({ length: 8 }, (_, i) =>
        kafkaClients[name]({ brokers, clientId: `kafka-int-${name}-${i}` }).admin(),
      );
      await Promise.all(admins.map((other) => other.connect()));
      try {
        await Promise.all(admins.map((other) => other.ensureTopics(specs)));
      } finally {
        await Promise.all(admins.map((other) => other.disconnect()));
      }

      for (const spec of specs) {
        await expect(
          producer.send(spec.name, [{ key: 'k', value: Buffer.from('v') }]),
        ).resolves.toBeUndefined();
      }
    });
  });

  describe('when a call fails', () => {
    it('rejects with a KafkaError', async () => {
      const unconnected = client.producer();
      const sending = unconnected.send(await newTopic(), [{ key: 'k', value: Buffer.from('v') }]);
      await expect(sending).rejects.toBeInstanceOf(KafkaError);
    });
  });
});
