import { GenericError, NetworkError, TimeoutError } from '@platformatic/kafka';
import { KafkaError, type RetriableTest, wrapErrors } from '../errors.js';

/**
 * Network errors and timeouts are retriable; broker errors say so themselves (canRetry);
 * an aggregate (e.g. "fetch failed 4 times") is retriable when every error in it is.
 */
export const isRetriable: RetriableTest = (error) => {
  if (error instanceof NetworkError || error instanceof TimeoutError) return true;
  if (error instanceof AggregateError) return error.errors.length > 0 && error.errors.every(isRetriable);
  return error instanceof GenericError && error.canRetry === true;
};

export function wrap<T>(operation: string, call: () => Promise<T>): Promise<T> {
  return wrapErrors(`platformatic ${operation}`, isRetriable, call);
}

/** A call made in the wrong state (before connect(), run() twice): retrying will not help. */
export function misuse(message: string): KafkaError {
  return new KafkaError(`platformatic ${message}`, { retriable: false, cause: undefined });
}
