import type { Readable } from 'node:stream';

/**
 * Reads an object stream in batches, leaving the rest in the stream's buffer so that its
 * backpressure (highWaterMark) still paces fetching.
 */
export interface StreamReader<T> {
  /**
   * Resolves with up to `max` buffered items, waiting for at least one; with [] when `signal` is
   * aborted, null when the stream ended. Rejects with the stream's error if it failed.
   */
  read(max: number, signal: AbortSignal): Promise<T[] | null>;
}

export function streamReader<T>(stream: Readable): StreamReader<T> {
  // A lasting 'readable' listener keeps the stream fetching while a batch is being handled,
  // and an 'error' listener keeps a failed stream from crashing the process (read() rethrows).
  stream.on('readable', () => {});
  stream.on('error', () => {});

  return {
    read: async (max, signal) => {
      for (;;) {
        const items = drain<T>(stream, max);
        if (items.length > 0 || signal.aborted) return items;
        if (stream.errored) throw stream.errored;
        if (stream.readableEnded || stream.destroyed) return null;
        await nextEvent(stream, signal);
      }
    },
  };
}

function drain<T>(stream: Readable, max: number): T[] {
  const items: T[] = [];
  while (items.length < max) {
    const item: T | null = stream.read();
    if (item === null) break;
    items.push(item);
  }
  return items;
}

function nextEvent(stream: Readable, signal: AbortSignal): Promise<void> {
  const events = ['readable', 'end', 'close', 'error'] as const;
  return new Promise((resolve) => {
    const settle = () => {
      for (const event of events) stream.off(event, settle);
      signal.removeEventListener('abort', settle);
      resolve();
    };
    for (const event of events) stream.on(event, settle);
    signal.addEventListener('abort', settle, { once: true });
  });
}

/** Groups items by topic-partition, keeping their order within each. */
export function byPartition<T extends { topic: string; partition: number }>(items: T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = `${item.topic}:${item.partition}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}
