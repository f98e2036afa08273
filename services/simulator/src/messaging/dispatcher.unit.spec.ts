import { createLogger } from '@longcode/kit';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from './dispatcher.js';

const logger = createLogger({ level: 'silent', service: 'simulator' });
const turn = () => new Promise((resolve) => setImmediate(resolve));

/** A dispatcher whose deliveries end when `finish(item)` is called. */
function dispatcherOf(options: { concurrency: number; queueBytes?: number }) {
  const started: number[] = [];
  const finishers = new Map<number, () => void>();
  const dispatcher = createDispatcher<number>({
    ...options,
    logger,
    weigh: () => 100,
    deliver: (item) =>
      new Promise<void>((resolve) => {
        started.push(item);
        finishers.set(item, resolve);
      }),
  });
  return { dispatcher, started, finish: (item: number) => finishers.get(item)?.() };
}

describe('Webhook dispatcher', () => {
  it('delivers at most `concurrency` items at once, the others in turn', async () => {
    const { dispatcher, started, finish } = dispatcherOf({ concurrency: 2 });
    for (const item of [1, 2, 3]) dispatcher.run(item);
    await turn();
    expect(started).toEqual([1, 2]);
    expect(dispatcher.pending()).toEqual({ queued: 1, queuedBytes: 100, running: 2 });
    finish(1);
    await turn();
    await turn();
    expect(started).toEqual([1, 2, 3]);
  });

  it('gives way to sends: one delivery a turn while sends come and the queue is short', async () => {
    const { dispatcher, started } = dispatcherOf({ concurrency: 8 });
    dispatcher.busy();
    for (const item of [1, 2, 3, 4]) dispatcher.run(item);
    await turn();
    expect(started).toEqual([1]);
    await turn();
    expect(started).toEqual([1, 2]);
  });

  it('lets more deliveries through, sends or not, as the queue nears its bound', async () => {
    const { dispatcher, started } = dispatcherOf({ concurrency: 8, queueBytes: 1000 });
    dispatcher.busy();
    for (const item of [1, 2, 3, 4, 5, 6, 7, 8, 9]) dispatcher.run(item);
    await turn();
    expect(started).toHaveLength(7); // 900 of 1,000 bytes: 8 × (2 × 0.9 − 1), rounded up
  });

  it('is full at 95 % of its bytes', () => {
    const { dispatcher } = dispatcherOf({ concurrency: 1, queueBytes: 2000 });
    for (let item = 1; item <= 19; item += 1) dispatcher.run(item);
    expect(dispatcher.full()).toBe(true);
    expect(dispatcher.run(20)).toBe(true);
  });

  it('drops an item that would take its queue past its bytes, and everything once closed', async () => {
    const { dispatcher } = dispatcherOf({ concurrency: 1, queueBytes: 250 });
    expect([1, 2, 3].map((item) => dispatcher.run(item))).toEqual([true, true, false]);
    dispatcher.close();
    expect(dispatcher.run(4)).toBe(false);
    expect(dispatcher.pending()).toMatchObject({ queued: 0, queuedBytes: 0 });
  });

  it('keeps going when a delivery fails', async () => {
    const delivered: number[] = [];
    const dispatcher = createDispatcher<number>({
      concurrency: 1,
      logger,
      weigh: () => 1,
      deliver: async (item) => {
        if (item === 1) throw new Error('receiver exploded');
        delivered.push(item);
      },
    });
    dispatcher.run(1);
    dispatcher.run(2);
    for (let i = 0; i < 5; i += 1) await turn();
    expect(delivered).toEqual([2]);
  });
});
