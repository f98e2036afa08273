import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StreamVersionConflictError } from './errors.js';
import { createHarness } from './test-support/harness.js';

type Harness = Awaited<ReturnType<typeof createHarness>>;
let h: Harness;
beforeAll(async () => {
  h = await createHarness('store');
});
afterAll(async () => h?.close());

const meta = (expectedVersion: number | 'any') => ({
  expectedVersion,
  accountId: 'acct-1',
  correlationId: randomUUID(),
});
const increment = (type: string, by: number) => ({ type, data: { counterId: 'c', by } });

describe('Event store > append', () => {
  it('numbers events from the expected version and reads them back in order', async () => {
    const stream = `counter-${randomUUID()}`;
    await h.store.append(stream, [increment(h.type, 1), increment(h.type, 2)], meta(0));
    await h.store.append(stream, [increment(h.type, 3)], meta(2));
    const events = await h.store.readStream(stream);
    expect(events.map((e) => [e.version, (e.data as { by: number }).by])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(events[0]?.eventId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
  });

  it('refuses a stale expected version with a typed conflict and writes nothing', async () => {
    const stream = `counter-${randomUUID()}`;
    await h.store.append(stream, [increment(h.type, 1)], meta(0));
    await expect(h.store.append(stream, [increment(h.type, 9)], meta(0))).rejects.toBeInstanceOf(
      StreamVersionConflictError,
    );
    expect(await h.store.readStream(stream)).toHaveLength(1);
  });

  it("appends a fact that does not depend on the stream's state after whatever is there ('any')", async () => {
    const stream = `counter-${randomUUID()}`;
    await h.store.append(stream, [increment(h.type, 1)], meta('any'));
    await h.store.append(stream, [increment(h.type, 2), increment(h.type, 3)], meta('any'));
    expect((await h.store.readStream(stream)).map((e) => e.version)).toEqual([1, 2, 3]);
  });

  it('starts many new streams in one go, each at version 1, in the order given', async () => {
    const streams = Array.from({ length: 300 }, (_, i) => ({
      streamId: `counter-${randomUUID()}`,
      events: [increment(h.type, i)],
    }));
    await h.db.transaction((trx) =>
      h.store.startStreams(streams, { accountId: 'acct-1', correlationId: randomUUID() }, trx),
    );
    const read = await Promise.all(streams.slice(0, 3).map((s) => h.store.readStream(s.streamId)));
    expect(read.map((events) => events.map((e) => [e.version, (e.data as { by: number }).by]))).toEqual([
      [[1, 0]],
      [[1, 1]],
      [[1, 2]],
    ]);
  });

  it("records each stream's own correlation and trace when its origin is given", async () => {
    const own = {
      correlationId: randomUUID(),
      causationId: null,
      traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      tracestate: null,
    };
    const [mine, batchs] = [`counter-${randomUUID()}`, `counter-${randomUUID()}`];
    const batch = { accountId: 'acct-1', correlationId: randomUUID() };
    await h.db.transaction((trx) =>
      h.store.startStreams(
        [
          { streamId: mine, events: [increment(h.type, 1)], origin: own },
          { streamId: batchs, events: [increment(h.type, 2)] },
        ],
        batch,
        trx,
      ),
    );
    const [[first], [second]] = await Promise.all([h.store.readStream(mine), h.store.readStream(batchs)]);
    expect([first?.correlationId, first?.traceparent]).toEqual([own.correlationId, own.traceparent]);
    expect(second?.correlationId).toBe(batch.correlationId);
  });

  it('starts none of them when one of the streams already exists', async () => {
    const existing = `counter-${randomUUID()}`;
    await h.store.append(existing, [increment(h.type, 1)], meta(0));
    const fresh = `counter-${randomUUID()}`;
    await expect(
      h.db.transaction((trx) =>
        h.store.startStreams(
          [
            { streamId: fresh, events: [increment(h.type, 1)] },
            { streamId: existing, events: [increment(h.type, 2)] },
          ],
          { accountId: 'acct-1', correlationId: randomUUID() },
          trx,
        ),
      ),
    ).rejects.toBeInstanceOf(StreamVersionConflictError);
    expect(await h.store.readStream(fresh)).toEqual([]);
  });

  it('appends to many streams at once: after what each holds, several to one stream in order', async () => {
    const [old, fresh, read] = [1, 2, 3].map(() => `counter-${randomUUID()}`) as [string, string, string];
    await h.store.append(old, [increment(h.type, 1)], meta(0));
    await h.store.append(read, [increment(h.type, 1), increment(h.type, 2)], meta(0));
    const batch = { accountId: 'acct-1', correlationId: randomUUID() };
    await h.db.transaction((trx) =>
      h.store.appendMany(
        [
          { streamId: old, events: [increment(h.type, 2)], expectedVersion: 'any' },
          { streamId: fresh, events: [increment(h.type, 3)], expectedVersion: 'any' },
          { streamId: old, events: [increment(h.type, 4)], expectedVersion: 'any' },
          { streamId: read, events: [increment(h.type, 5)], expectedVersion: 2 },
        ],
        batch,
        trx,
      ),
    );
    const streams = await h.store.readStreams([old, fresh, read, `counter-${randomUUID()}`]);
    const summary = (id: string) => streams.get(id)?.map((e) => [e.version, (e.data as { by: number }).by]);
    expect([summary(old), summary(fresh), summary(read), streams.size]).toEqual([
      [
        [1, 1],
        [2, 2],
        [3, 4],
      ],
      [[1, 3]],
      [
        [1, 1],
        [2, 2],
        [3, 5],
      ],
      3,
    ]);
  });

  it('appends none when one expected version is stale', async () => {
    const [stale, other] = [1, 2].map(() => `counter-${randomUUID()}`) as [string, string];
    await h.store.append(stale, [increment(h.type, 1), increment(h.type, 2)], meta(0));
    await expect(
      h.db.transaction((trx) =>
        h.store.appendMany(
          [
            { streamId: other, events: [increment(h.type, 1)], expectedVersion: 'any' },
            { streamId: stale, events: [increment(h.type, 9)], expectedVersion: 1 },
          ],
          { accountId: 'acct-1', correlationId: randomUUID() },
          trx,
        ),
      ),
    ).rejects.toBeInstanceOf(StreamVersionConflictError);
    expect(await h.store.readStreams([other, stale])).toEqual(new Map([[stale, expect.any(Array)]]));
    expect(await h.store.readStream(stale)).toHaveLength(2);
  });

  describe('when two appends race at the same expected version', () => {
    it('lets exactly one win; the other gets STREAM_VERSION_CONFLICT', async () => {
      for (let round = 0; round < 10; round++) {
        const stream = `counter-${randomUUID()}`;
        const results = await Promise.allSettled([
          h.store.append(stream, [increment(h.type, 1)], meta(0)),
          h.store.append(stream, [increment(h.type, 2)], meta(0)),
        ]);
        const won = results.filter((r) => r.status === 'fulfilled');
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(1);
        expect(lost[0]?.reason).toBeInstanceOf(StreamVersionConflictError);
        expect(lost[0]?.reason.code).toBe('STREAM_VERSION_CONFLICT');
        expect(await h.store.readStream(stream)).toHaveLength(1);
      }
    });
  });
});
