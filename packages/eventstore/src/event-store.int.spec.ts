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
