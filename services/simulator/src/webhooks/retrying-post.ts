import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '@longcode/kit';

export interface RetryingPostOptions {
  fetch?: typeof globalThis.fetch;
  logger: Logger;
  maxAttempts: number;
  /** The first retry's wait; each next one waits twice as long. */
  retryBaseMs: number;
  /** How long the receiver may take to answer one delivery; 5 s unless given. */
  timeoutMs?: number;
}

export interface PostOutcome {
  attempts: number;
  delivered: boolean;
  /** The receiver's last answer: an HTTP status, or why there was none. */
  lastResult: number | string;
}

/**
 * How every provider the simulator plays delivers a webhook: a POST, and after a non-2xx answer or none,
 * again with exponential backoff, up to `maxAttempts` deliveries. Each attempt's request is built anew
 * (a provider may sign each attempt, or count it in the body).
 */
export function createRetryingPost({
  logger,
  maxAttempts,
  retryBaseMs,
  timeoutMs = 5_000,
  ...options
}: RetryingPostOptions) {
  const fetch = options.fetch ?? globalThis.fetch;
  const closing = new AbortController();

  async function once(url: string, request: { headers: Record<string, string>; body: string }) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: request.headers,
        body: request.body,
        signal: AbortSignal.any([closing.signal, AbortSignal.timeout(timeoutMs)]),
      });
      await response.body?.cancel();
      return response.status;
    } catch (error) {
      return (error as Error).message;
    }
  }

  return {
    async post(
      url: string,
      request: (attempt: number) => { headers: Record<string, string>; body: string },
      about: Record<string, unknown>,
    ): Promise<PostOutcome> {
      const outcome: PostOutcome = { attempts: 0, delivered: false, lastResult: '' };
      while (outcome.attempts < maxAttempts && !closing.signal.aborted) {
        outcome.attempts += 1;
        outcome.lastResult = await once(url, request(outcome.attempts));
        const status = outcome.lastResult;
        outcome.delivered = typeof status === 'number' && status >= 200 && status < 300;
        if (outcome.delivered) break;
        logger.warn({ ...about, url, ...outcome }, 'webhook not accepted');
        if (outcome.attempts < maxAttempts) {
          await sleep(retryBaseMs * 2 ** (outcome.attempts - 1), undefined, { signal: closing.signal }).catch(
            () => undefined,
          );
        }
      }
      if (!outcome.delivered) logger.error({ ...about, url, ...outcome }, 'webhook given up');
      return outcome;
    },
    /** Stops waiting retries and in-flight deliveries. */
    close: () => closing.abort(),
  };
}
