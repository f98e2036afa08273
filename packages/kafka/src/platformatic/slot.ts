import { misuse } from './errors.js';

interface Closable {
  close(): Promise<void>;
}

/**
 * Holds the platformatic client of one of our objects. Its clients cannot be reopened once closed,
 * so connect() makes a fresh one and disconnect() drops it.
 */
export interface ClientSlot<T extends Closable> {
  open(): T;
  current(): T;
  close(): Promise<void>;
}

export function clientSlot<T extends Closable>(what: string, create: () => T): ClientSlot<T> {
  let client: T | undefined;
  return {
    open: () => {
      client ??= create();
      return client;
    },
    current: () => {
      if (!client) throw misuse(`${what}: call connect() first`);
      return client;
    },
    close: async () => {
      const closing = client;
      client = undefined;
      await closing?.close();
    },
  };
}
