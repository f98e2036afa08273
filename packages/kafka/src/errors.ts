/** An error from a Kafka client, wrapped so that callers never see the client's own error classes. */
export class KafkaError extends Error {
  override readonly name = 'KafkaError';
  /** True when the same call may succeed if tried again later (network, leader election, rebalance). */
  readonly retriable: boolean;

  constructor(message: string, options: { retriable: boolean; cause: unknown }) {
    super(message, { cause: options.cause });
    this.retriable = options.retriable;
  }
}

export type RetriableTest = (error: unknown) => boolean;

/** Runs `call`, turning anything it throws into a KafkaError described by `operation`. */
export async function wrapErrors<T>(
  operation: string,
  isRetriable: RetriableTest,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toKafkaError(operation, isRetriable, error);
  }
}

export function toKafkaError(operation: string, isRetriable: RetriableTest, error: unknown): KafkaError {
  if (error instanceof KafkaError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new KafkaError(`${operation} failed: ${detail}`, { retriable: isRetriable(error), cause: error });
}
