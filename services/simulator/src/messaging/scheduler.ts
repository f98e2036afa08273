import { AsyncResource } from 'node:async_hooks';

export interface Scheduler<T extends Timed> {
  /** Runs `item` once the clock reaches `dueMs` (setting its `dueAt`); ties run in the order given. */
  at(dueMs: number, item: T): void;
  /** How many items wait. */
  size(): number;
  /** Drops every waiting item. */
  close(): void;
}

/** What the scheduler keeps on each item (no wrapper object per item): when it is due, and its turn. */
export interface Timed {
  dueAt: number;
  order: number;
}

/**
 * One timer over a time-ordered queue (a binary min-heap of the items themselves, on due time, then
 * arrival): however many messages wait, there is a single pending timeout, armed for the earliest.
 * `clockMs` must be monotonic.
 */
export function createScheduler<T extends Timed>({
  clockMs,
  run,
  onError,
}: {
  clockMs: () => number;
  run(item: T): void;
  /** What an item that throws is reported to; the items after it still run. */
  onError(error: unknown): void;
}) {
  const heap: T[] = [];
  let order = 0;
  let timer: NodeJS.Timeout | undefined;
  let armedFor = Number.POSITIVE_INFINITY;

  function arm(): void {
    const next = heap[0]?.dueAt ?? Number.POSITIVE_INFINITY;
    if (next >= armedFor) return;
    clearTimeout(timer);
    armedFor = next;
    timer = setTimeout(fire, Math.max(0, next - clockMs()));
    timer.unref();
  }

  // Bound here, outside any request: due items do not run in the context of the request that armed the timer.
  const fire = AsyncResource.bind((): void => {
    timer = undefined;
    armedFor = Number.POSITIVE_INFINITY;
    // A timeout may fire a fraction of a millisecond early: what is due within 1 ms runs now.
    const horizon = clockMs() + 1;
    while (heap.length > 0 && (heap[0]?.dueAt ?? horizon) <= horizon) {
      try {
        run(pop(heap));
      } catch (error) {
        onError(error);
      }
    }
    arm();
  });

  const scheduler: Scheduler<T> = {
    at(dueMs, item) {
      item.dueAt = dueMs;
      item.order = order++;
      push(heap, item);
      arm();
    },
    size: () => heap.length,
    close() {
      clearTimeout(timer);
      timer = undefined;
      armedFor = Number.POSITIVE_INFINITY;
      heap.length = 0;
    },
  };
  return scheduler;
}

const before = (a: Timed, b: Timed) => a.dueAt < b.dueAt || (a.dueAt === b.dueAt && a.order < b.order);

function push<T extends Timed>(heap: T[], item: T): void {
  heap.push(item);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const up = heap[parent] as T;
    if (!before(item, up)) break;
    heap[i] = up;
    i = parent;
  }
  heap[i] = item;
}

function pop<T extends Timed>(heap: T[]): T {
  const top = heap[0] as T;
  const last = heap.pop() as T;
  if (heap.length === 0) return top;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= heap.length) break;
    const right = left + 1;
    const child = right < heap.length && before(heap[right] as T, heap[left] as T) ? right : left;
    const smaller = heap[child] as T;
    if (!before(smaller, last)) break;
    heap[i] = smaller;
    i = child;
  }
  heap[i] = last;
  return top;
}
