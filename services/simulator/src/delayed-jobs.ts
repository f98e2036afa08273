import type { Logger } from '@longcode/kit';

/** Runs jobs after a delay, logging a failure instead of throwing it; `close` cancels those still waiting. */
export function createDelayedJobs({ delayMs, logger }: { delayMs: number; logger: Logger }) {
  const timers = new Set<NodeJS.Timeout>();
  return {
    after(job: () => Promise<void>, onFailure: { message: string; context: Record<string, unknown> }): void {
      const timer = setTimeout(() => {
        timers.delete(timer);
        job().catch((error: unknown) =>
          logger.error({ err: error, ...onFailure.context }, onFailure.message),
        );
      }, delayMs);
      timers.add(timer);
    },
    close(): void {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
