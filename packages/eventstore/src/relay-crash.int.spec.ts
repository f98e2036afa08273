import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { eventually } from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerNames } from './envelope.js';
import type { ProjectionConsumer } from './projection-consumer.js';
import { collectTopic } from './test-support/collect.js';
import { counterProjectionMigration, countersTotal } from './test-support/counter-projection.js';
import { createHarness } from './test-support/harness.js';

type Harness = Awaited<ReturnType<typeof createHarness>>;
let h: Harness;
let consumer: ProjectionConsumer;
let published: Awaited<ReturnType<typeof collectTopic>>;
const children: ChildProcess[] = [];
const relayOutput: string[] = [];

function startRelayProcess(): Promise<ChildProcess> {
  const script = fileURLToPath(new URL('./test-support/relay-process.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: {
      ...process.env,
      DATABASE_URL: h.database.url,
      KAFKA_BROKERS: h.stack.kafkaBrokers.join(','),
      SCHEMA_REGISTRY_URL: h.stack.schemaRegistryUrl,
      RELAY_LOCK: `relay-${h.database.name}`,
      COUNTER_SERVICE: h.service,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  child.stderr?.on('data', (chunk: Buffer) => relayOutput.push(chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => relayOutput.push(chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('relay started') && resolve(child));
    child.on('exit', (code) => reject(new Error(`relay process exited early with ${code}`)));
  });
}

beforeAll(async () => {
  h = await createHarness('crash', { migrations: [counterProjectionMigration] });
  ({ consumer } = await h.startCounterProjection());
  published = await collectTopic(h.kafka, h.topic);
});
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await consumer?.stop();
  await published?.stop();
  await h?.close();
});

describe('Outbox relay > when killed with SIGKILL mid-stream and restarted', () => {
  it('delivers every committed event, and the projection counts each exactly once', async () => {
    const streams = Array.from({ length: 20 }, () => `counter-${randomUUID()}`);
    const perStream = 100;
    let appended = 0;
    const writer = (async () => {
      for (let v = 0; v < perStream; v++) {
        await Promise.all(
          streams.map((stream) =>
            h.store.append(stream, [{ type: h.type, data: { counterId: stream, by: 1 } }], {
              expectedVersion: v,
              accountId: 'acct-1',
              correlationId: randomUUID(),
            }),
          ),
        );
        appended += streams.length;
      }
    })();

    // Three SIGKILLs mid-stream, each followed by a fresh relay process.
    let relay = await startRelayProcess();
    const killedAt: number[] = [];
    for (const threshold of [300, 800, 1300]) {
      await eventually(
        async () => published.messages.length,
        (n) => n >= threshold,
        {
          timeoutMs: 60_000,
          intervalMs: 5,
        },
      ).catch((error) => {
        throw new Error(`${error.message}; relay process said:\n${relayOutput.join('')}`);
      });
      relay.kill('SIGKILL');
      killedAt.push(published.messages.length);
      await new Promise((resolve) => relay.once('exit', resolve));
      relay = await startRelayProcess();
    }
    await writer;

    const total = streams.length * perStream;
    const projected = await eventually(
      () => countersTotal(h.db),
      (c) => c.events >= total,
      { timeoutMs: 90_000 },
    );
    const ids = published.messages.map((m) => m.headers[headerNames.eventId]);
    const stored = (await Promise.all(streams.map((s) => h.store.readStream(s)))).flat();
    console.info(
      `relay crash: ${appended} appended, killed after ${killedAt.join(', ')} published, ${ids.length} messages on Kafka, ${ids.length - new Set(ids).size} duplicates absorbed`,
    );
    expect(killedAt.every((n) => n < total)).toBe(true);
    expect(new Set(ids)).toEqual(new Set(stored.map((e) => e.eventId)));
    expect(projected).toEqual({ events: total, total });
  }, 240_000);
});
