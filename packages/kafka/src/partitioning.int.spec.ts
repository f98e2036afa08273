import { afterAll, describe, expect, it } from 'vitest';
import { type KafkaClientName, kafkaClients } from './clients.js';
import type { Consumer, IncomingMessage, OutgoingMessage } from './port.js';
import { startConsumer, uniqueName, waitFor } from './spec-support.js';

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const clientNames = Object.keys(kafkaClients) as KafkaClientName[];

describe('Kafka clients > producing the same keys', () => {
  const clients = clientNames.map((name) => kafkaClients[name]({ brokers, clientId: `kafka-int-${name}` }));
  const [first] = clients;
  const topic = uniqueName('kafka-int-partitioning');
  const consumers: Consumer[] = [];

  afterAll(async () => {
    await Promise.all(consumers.map((consumer) => consumer.disconnect()));
    const admin = first?.admin();
    await admin?.connect();
    await admin?.deleteTopics([topic]);
    await admin?.disconnect();
  });

  it('puts each key on the same partition whichever client produced it', async () => {
    if (!first) throw new Error('no Kafka client registered');
    const admin = first.admin();
    await admin.connect();
    await admin.ensureTopics([{ name: topic, partitions: 3 }]);
    await admin.disconnect();
    for (const [index, client] of clients.entries()) {
      const producer = client.producer();
      await producer.connect();
      await producer.send(topic, keys(20, clientNames[index] ?? 'unknown'));
      await producer.disconnect();
    }

    const received: IncomingMessage[] = [];
    await startConsumer(
      first,
      { topic, eachBatch: async (batch) => void received.push(...batch.messages) },
      consumers,
    );
    await waitFor(() => received.length >= 20 * clients.length);

    const partitionsByKey = new Map<string | null, Set<number>>();
    for (const message of received) {
      partitionsByKey.set(
        message.key,
        (partitionsByKey.get(message.key) ?? new Set()).add(message.partition),
      );
    }
    expect(partitionsByKey.size).toBe(20);
    for (const partitions of partitionsByKey.values()) expect(partitions.size).toBe(1);
    expect(new Set(received.map((message) => message.partition)).size).toBe(3);
  });
});

function keys(count: number, via: string): OutgoingMessage[] {
  return Array.from({ length: count }, (_, index) => ({
    key: `customer-${index}`,
    value: Buffer.from(via),
    headers: { via },
  }));
}
