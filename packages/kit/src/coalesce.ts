/** Hands items to `write` together: see createCoalescer. */
export interface Coalescer<Item, Result> {
  /** Resolves with the item's own result once the write that carried it is done (rejects if it failed). */
  submit(key: string, item: Item): Promise<Result>;
}

interface Waiting<Item, Result> {
  item: Item;
  resolve(result: Result): void;
  reject(error: unknown): void;
}

/**
 * Natural batching, as a database's group commit does it: items submitted under a key while that key's
 * previous write is under way wait, and all go in the next one (at most `maxBatch` at a time). Alone, an
 * item waits for nothing; under load one write (one transaction, one set of lookups) serves many. `write`
 * answers one result per item, in order; if it throws, every item it carried gets the error.
 */
export function createCoalescer<Item, Result>(
  write: (key: string, items: Item[]) => Promise<Result[]>,
  { maxBatch = 500 }: { maxBatch?: number } = {},
): Coalescer<Item, Result> {
  const waiting = new Map<string, Array<Waiting<Item, Result>>>();

  function writeNext(key: string) {
    const queue = waiting.get(key) ?? [];
    const taken = queue.splice(0, maxBatch);
    if (taken.length === 0) {
      waiting.delete(key);
      return;
    }
    Promise.resolve()
      .then(() =>
        write(
          key,
          taken.map((w) => w.item),
        ),
      )
      .then((results) => {
        if (results.length !== taken.length) {
          throw new Error(`coalesced write answered ${results.length} results for ${taken.length} items`);
        }
        for (const [i, w] of taken.entries()) w.resolve(results[i] as Result);
      })
      .catch((error: unknown) => {
        for (const w of taken) w.reject(error);
      })
      .finally(() => writeNext(key));
  }

  return {
    submit(key, item) {
      return new Promise((resolve, reject) => {
        const queue = waiting.get(key);
        if (queue) {
          queue.push({ item, resolve, reject });
          return;
        }
        waiting.set(key, [{ item, resolve, reject }]);
        setImmediate(() => writeNext(key));
      });
    },
  };
}
