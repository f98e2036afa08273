import kafkajs, { type Kafka } from 'kafkajs';
import type { Producer } from '../port.js';
import { createSerialQueue } from '../serial.js';
import { wrap } from './errors.js';
import { toKafkajsMessage } from './messages.js';

/** acks=-1: a send resolves once every in-sync replica has the messages. */
const ALL_IN_SYNC_REPLICAS = -1;

export function createKafkajsProducer(kafka: Kafka, options: { idempotent: boolean }): Producer {
  const producer = kafka.producer({
    idempotent: options.idempotent,
    // One request in flight per broker keeps the order within a key, even across retries.
    maxInFlightRequests: 1,
    // Java-compatible murmur2 placement; passing it explicitly also silences kafkajs' v2 warning.
    createPartitioner: kafkajs.Partitioners.DefaultPartitioner,
  });
  const serially = createSerialQueue();

  return {
    connect: () => wrap('producer.connect', () => producer.connect()),
    send: (topic, messages) =>
      serially(() =>
        wrap('producer.send', async () => {
          if (messages.length === 0) return;
          await producer.send({
            topic,
            acks: ALL_IN_SYNC_REPLICAS,
            messages: messages.map(toKafkajsMessage),
          });
        }),
      ),
    disconnect: () => wrap('producer.disconnect', () => producer.disconnect()),
  };
}
