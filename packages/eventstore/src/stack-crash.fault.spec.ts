import { randomUUID } from 'node:crypto';
import {
  bringLocalStackUp,
  crashLocalStackPart,
  eventually,
  localStackPid,
  type StackPart,
} from '@longcode/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectionConsumer } from './projection-consumer.js';
import {
  counterProjectionMigration,
  countersTotal,
  readCounters,
} from './test-support/counter-projection.js';
import { createHarness } from './test-support/harness.js';

/**
 * Fault tests: a part of the stack crashes (SIGKILL) while events are appended, relayed and projected,
 * then infra/local/up.sh starts it again. Afterwards the projection must hold every committed event
 * exactly once. They need the stack that infra/local/up.sh started (they kill its processes).
 */
type Harness = Awaited<ReturnType<typeof createHarness>>;
let h: Harness;
let consumer: ProjectionConsumer;

beforeEach(async () => {
  h = await createHarness('fault', { migrations: [counterProjectionMigration] });
  ({ consumer } = await h.startCounterProjection());
  h.relay.start();
}, 180_000);

afterEach(async () => {
  await bringLocalStackUp(); // whatever a failed test left down
  await consumer?.stop();
  await h?.close();
}, 180_000);

/** Appends `perStream` increments to each stream; a failed append is retried at the stream's real version. */
async function writeThrough(streams: string[], perStream: number) {
  await Promise.all(
    streams.map(async (stream) => {
      let version = 0;
      while (version < perStream) {
        try {
          await h.store.append(stream, [{ type: h.type, data: { counterId: stream, by: 1 } }], {
            expectedVersion: version,
            accountId: 'acct-1',
            correlationId: randomUUID(),
          });
          version += 1;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 250));
          version = await h.store.readStream(stream).then(
            (events) => events.length,
            () => version,
          );
        }
      }
    }),
  );
}

describe.each<StackPart>(['kafka', 'mariadb'])('Event backbone > when %s crashes mid-stream', (part) => {
  it.skipIf(!localStackPid(part))(
    'projects every committed event exactly once after it is back',
    async () => {
      const streams = Array.from({ length: 10 }, () => `counter-${randomUUID()}`);
      const perStream = 60;
      const writer = writeThrough(streams, perStream);
      await eventually(
        () => countersTotal(h.db),
        (c) => c.events >= 100,
        { timeoutMs: 60_000 },
      );
      await crashLocalStackPart(part);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await bringLocalStackUp();
      await writer;
      const counters = await eventually(
        () => readCounters(h.db),
        (c) => [...c.values()].reduce((n, v) => n + v.events, 0) >= streams.length * perStream,
        {
          timeoutMs: 120_000,
          intervalMs: 250,
        },
      );
      for (const stream of streams) {
        expect(counters.get(stream)).toEqual({ events: perStream, total: perStream });
        expect(await h.store.readStream(stream)).toHaveLength(perStream);
      }
    },
    240_000,
  );
});
