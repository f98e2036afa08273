/**
 * Polls until check() returns a value that satisfies done(), or fails after timeoutMs with the last value
 * (or the last error: a check that throws, e.g. while a server restarts, counts as not done yet).
 */
export async function eventually<T>(
  check: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 30_000, intervalMs = 100 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: { value: T } | { error: unknown } | undefined;
  for (;;) {
    try {
      const value = await check();
      if (done(value)) return value;
      last = { value };
    } catch (error) {
      last = { error };
    }
    if (Date.now() > deadline) {
      const detail =
        last && 'error' in last
          ? `last error: ${String(last.error)}`
          : `last value: ${JSON.stringify(last?.value)}`;
      throw new Error(`condition not met within ${timeoutMs} ms; ${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
