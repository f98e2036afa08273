import kafkajs, { type LogEntry, type logCreator } from 'kafkajs';
import type { KafkaLogger } from '../port.js';

const { logLevel } = kafkajs;

/** Routes kafkajs' log entries to our logger, each with its namespace and details. */
export function routeLogsTo(logger: KafkaLogger): logCreator {
  return () => (entry) => {
    const { message, timestamp: _timestamp, logger: _logger, ...details } = entry.log;
    // Called as a method: loggers such as pino need their `this`.
    logger[levelOf(entry)]({ client: 'kafkajs', namespace: entry.namespace, ...details }, message);
  };
}

/**
 * kafkajs logs every error response of a request at ERROR from its Connection (e.g. "the group is
 * rebalancing" on each heartbeat of a rebalance), although the caller handles it: those go out as warnings.
 * Its INFO entries are lifecycle chatter ("Starting", "Consumer has joined the group"): debug.
 */
function levelOf({ level, namespace }: LogEntry): keyof KafkaLogger {
  if (level === logLevel.ERROR) return namespace === 'Connection' ? 'warn' : 'error';
  if (level === logLevel.WARN) return 'warn';
  return 'debug';
}
