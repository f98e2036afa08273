import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Batch, Consumer, IncomingMessage, KafkaClient, OutgoingMessage } from './port.js';

/** Helpers for this package's integration specs; not part of its public surface. */

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function waitFor(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(50);
  }
}

/** `perKey` messages for each of `keys` keys, interleaved, each carrying its key and sequence in headers. */
export function keyedMessages(keys: number, perKey: number, tag = 'm'): OutgoingMessage[] {
  const messages: OutgoingMessage[] = [];
  for (let seq = 0; seq < perKey; seq += 1) {
    for (let k = 0; k < keys; k += 1) {
      const key = `key-${k}`;
      messages.push({
        key,
        value: Buffer.from(`${tag}:${key}:${seq}`),
        headers: { key, seq: String(seq), tag },
      });
    }
  }
  return messages;
}

export function byKey(messages: IncomingMessage[]): Map<string | null, IncomingMessage[]> {
  const groups = new Map<string | null, IncomingMessage[]>();
  for (const message of messages) groups.set(message.key, [...(groups.get(message.key) ?? []), message]);
  return groups;
}

/** "partition:offset" of each message, to compare deliveries. */
export function positionsOf(messages: IncomingMessage[]): string[] {
  return messages.map((message) => `${message.partition}:${message.offset}`);
}

export interface ConsumerSpec {
  groupId?: string;
  gather?: { minBytes: number; maxWaitTimeMs: number };
  topic: string;
  eachBatch: (batch: Batch) => Promise<void>;
}

/** Connects, subscribes from the beginning and runs a consumer; `started` collects it for cleanup. */
export async function startConsumer(client: KafkaClient, spec: ConsumerSpec, started: Consumer[]) {
  const consumer = client.consumer({
    groupId: spec.groupId ?? uniqueName('group'),
    sessionTimeoutMs: 10_000,
    ...(spec.gather ? { gather: spec.gather } : {}),
  });
  started.push(consumer);
  await consumer.connect();
  await consumer.subscribe([spec.topic], { fromBeginning: true });
  await consumer.run({ eachBatch: spec.eachBatch });
  return consumer;
}
