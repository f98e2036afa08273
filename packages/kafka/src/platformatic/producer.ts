import {
  type BaseOptions,
  compatibilityPartitioner,
  Producer as PlatformaticProducer,
  ProduceAcks,
  stringSerializer,
} from '@platformatic/kafka';
import type { Producer } from '../port.js';
import { createSerialQueue } from '../serial.js';
import { wrap } from './errors.js';
import { toWireMessage, type WireOutgoing } from './messages.js';
import { clientSlot } from './slot.js';

export function createPlatformaticProducer(base: BaseOptions, options: { idempotent: boolean }): Producer {
  const slot = clientSlot('producer', () => newProducer(base, options.idempotent));
  const serially = createSerialQueue();

  return {
    connect: () =>
      wrap('producer.connect', async () => {
        const producer = slot.open();
        // Like kafkajs: an idempotent producer gets its producer id now, not on the first send.
        if (options.idempotent) await producer.initIdempotentProducer({});
        else await producer.listApis();
      }),
    send: (topic, messages) =>
      serially(() =>
        wrap('producer.send', async () => {
          if (messages.length === 0) return;
          const wire = messages.map((message) => toWireMessage(topic, message));
          await slot.current().send({ messages: wire, acks: ProduceAcks.ALL });
        }),
      ),
    disconnect: () => wrap('producer.disconnect', () => slot.close()),
  };
}

function newProducer(base: BaseOptions, idempotent: boolean) {
  return new PlatformaticProducer<string, Buffer | null, string, string>({
    ...base,
    idempotent,
    acks: ProduceAcks.ALL,
    // One request in flight per broker keeps the order within a key, even across retries.
    maxInflights: 1,
    partitioner: javaCompatiblePartitioner(),
    serializers: {
      key: stringSerializer,
      value: (value) => value ?? undefined,
      headerKey: stringSerializer,
      headerValue: stringSerializer,
    },
  });
}

/**
 * Its default partitioner differs from Java's and kafkajs' (murmur2 >>> 0 instead of & 0x7fffffff),
 * so a key would land on another partition than with kafkajs. Keyless messages go round-robin.
 */
function javaCompatiblePartitioner() {
  let next = 0;
  return (message: WireOutgoing, key: Buffer | undefined): number =>
    key ? compatibilityPartitioner(message, key) : next++;
}
