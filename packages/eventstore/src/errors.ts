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
