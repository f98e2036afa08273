import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScheduler, type Timed } from './scheduler.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

type Item = Timed & { name: string };

/** A scheduler of named items: `at(due, name)`; `ran` has the names in the order they ran. */
function scheduler() {
  const ran: string[] = [];
  const errors: unknown[] = [];
  const scheduled = createScheduler<Item>({
    clockMs: () => Date.now(),
    run: ({ name }) => {
      if (name === 'explodes') throw new Error(name);
      ran.push(name);
    },
    onError: (error) => errors.push(error),
  });
  const queue = {
    at: (dueMs: number, name: string) => scheduled.at(dueMs, { name, dueAt: 0, order: 0 }),
    size: () => scheduled.size(),
    close: () => scheduled.close(),
  };
  return { queue, ran, errors };
}

describe('Scheduler', () => {
  it('runs each item once its time comes, earliest first, ties in the order given', () => {
    const { queue, ran } = scheduler();
    const start = Date.now();
    queue.at(start + 30, 'finalized 1');
    queue.at(start + 10, 'sent 1');
    queue.at(start + 10, 'sent 1 again');
    queue.at(start + 20, 'sent 2');
    vi.advanceTimersByTime(15);
    expect(ran).toEqual(['sent 1', 'sent 1 again']);
    vi.advanceTimersByTime(20);
    expect(ran).toEqual(['sent 1', 'sent 1 again', 'sent 2', 'finalized 1']);
    expect(queue.size()).toBe(0);
  });

  it('keeps a single timer however many items wait, and re-arms for an earlier one', () => {
    const { queue, ran } = scheduler();
    const start = Date.now();
    for (let i = 0; i < 1000; i += 1) queue.at(start + 100 + (i % 50), `m${i}`);
    expect(vi.getTimerCount()).toBe(1);
    queue.at(start + 5, 'early');
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(5);
    expect(ran).toEqual(['early']);
    vi.advanceTimersByTime(200);
    expect(ran).toHaveLength(1001);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('orders thousands of items by time', () => {
    const { queue, ran } = scheduler();
    const start = Date.now();
    const dues = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 997);
    dues.forEach((due, i) => {
      queue.at(start + due, `${String(due).padStart(4, '0')}:${String(i).padStart(5, '0')}`);
    });
    vi.advanceTimersByTime(1000);
    expect(ran).toEqual([...ran].sort());
    expect(ran).toHaveLength(5000);
  });

  it('reports an item that throws and runs the others', () => {
    const { queue, ran, errors } = scheduler();
    queue.at(Date.now() + 5, 'explodes');
    queue.at(Date.now() + 5, 'after');
    queue.at(Date.now() + 10, 'later');
    vi.advanceTimersByTime(20);
    expect(ran).toEqual(['after', 'later']);
    expect(errors).toHaveLength(1);
  });

  it('runs nothing once closed', () => {
    const { queue, ran } = scheduler();
    queue.at(Date.now() + 10, 'never');
    queue.close();
    vi.advanceTimersByTime(100);
    expect(ran).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
