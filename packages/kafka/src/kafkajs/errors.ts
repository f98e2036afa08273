import kafkajs from 'kafkajs';
import { type RetriableTest, wrapErrors } from '../errors.js';

/** kafkajs marks each of its errors as retriable or not; anything else is not. */
export const isRetriable: RetriableTest = (error) => error instanceof kafkajs.KafkaJSError && error.retriable;

export function wrap<T>(operation: string, call: () => Promise<T>): Promise<T> {
  return wrapErrors(`kafkajs ${operation}`, isRetriable, call);
}
