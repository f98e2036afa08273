import { describe, expect, it } from 'vitest';
import { createCoalescer } from './coalesce.js';

/** A write that records what it was given, and can be held open to let items pile up behind it. */
function recordingWrite() {
  const writes: Array<{ key: string; items: number[] }> = [];
  let release: () => void = () => undefined;
  let held = Promise.resolve();
  return {
    writes,
    hold() {
      held = new Promise((resolve) => (release = resolve));
    },
    release: () => release(),
    write: async (key: string, items: number[]) => {
      writes.push({ key, items });
      await held;
      return items.map((item) => item * 10);
    },
  };
}

describe('A coalescer', () => {
  it('answers each item with its own result, and writes items submitted together in one go', async () => {
    const w = recordingWrite();
    const coalescer = createCoalescer(w.write);
    const results = await Promise.all([1, 2, 3].map((n) => coalescer.submit('a', n)));
    expect(results).toEqual([10, 20, 30]);
    expect(w.writes).toEqual([{ key: 'a', items: [1, 2, 3] }]);
  });

  it('puts what arrives during a write into the next one, at most maxBatch at a time', async () => {
    const w = recordingWrite();
    const coalescer = createCoalescer(w.write, { maxBatch: 2 });
    w.hold();
    const first = coalescer.submit('a', 1);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [2, 3, 4].map((n) => coalescer.submit('a', n));
    w.release();
    w.hold();
    setTimeout(() => w.release(), 5);
    expect(await Promise.all([first, ...later])).toEqual([10, 20, 30, 40]);
    expect(w.writes.map((x) => x.items)).toEqual([[1], [2, 3], [4]]);
  });

  it('keeps keys apart', async () => {
    const w = recordingWrite();
    const coalescer = createCoalescer(w.write);
    await Promise.all([coalescer.submit('a', 1), coalescer.submit('b', 2), coalescer.submit('a', 3)]);
    expect(w.writes.sort((x, y) => x.key.localeCompare(y.key))).toEqual([
      { key: 'a', items: [1, 3] },
      { key: 'b', items: [2] },
    ]);
  });

  it('fails every item of a failed write, and goes on with the next', async () => {
    let calls = 0;
    const coalescer = createCoalescer(async (_key, items: number[]) => {
      calls++;
      if (calls === 1) throw new Error('deadlock');
      return items;
    });
    const failed = [1, 2].map((n) => coalescer.submit('a', n));
    await expect(Promise.all(failed)).rejects.toThrow('deadlock');
    await expect(failed[1]).rejects.toThrow('deadlock');
    await expect(coalescer.submit('a', 3)).resolves.toBe(3);
  });

  it('fails the items when a write answers a different number of results', async () => {
    const coalescer = createCoalescer(async () => [1]);
    await expect(Promise.all([coalescer.submit('a', 1), coalescer.submit('a', 2)])).rejects.toThrow(
      'answered 1 results for 2 items',
    );
  });
});
