/** Two writers appended to one stream at the same expected version: the later one gets this. */
export class StreamVersionConflictError extends Error {
  readonly code = 'STREAM_VERSION_CONFLICT';
  readonly status = 409;
  readonly retriable = false;
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number | null,
  ) {
    super(`stream ${streamId} is at version ${actualVersion ?? 'unknown'}, expected ${expectedVersion}`);
  }
}

/** A database or broker failure that may pass if tried again. */
export class StoreUnavailableError extends Error {
  readonly retriable = true;
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
  }
}

const retriableMysqlCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'PROTOCOL_CONNECTION_LOST',
  'ETIMEDOUT',
  'ER_LOCK_DEADLOCK',
  'ER_LOCK_WAIT_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
]);

export function isRetriableDatabaseError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && retriableMysqlCodes.has(code);
}

export function isDuplicateKeyError(error: unknown): boolean {
  return (error as { code?: unknown })?.code === 'ER_DUP_ENTRY';
}

/**
 * Runs a whole transaction again when the database chose it as a deadlock victim or it waited too long
 * for a lock (InnoDB rolls it back: trying again is safe), up to `attempts` times.
 */
export async function retryOnDeadlock<T>(run: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const code = (error as { code?: unknown })?.code;
      const lockProblem = code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT';
      if (!lockProblem || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
    }
  }
}
