import type { KafkaLogger } from './port.js';

/** The logger to use when the caller gives none: drops everything. */
export function silentLogger(): KafkaLogger {
  const drop = () => {};
  return { debug: drop, info: drop, warn: drop, error: drop };
}
