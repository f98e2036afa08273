import { hostname } from 'node:os';
import { isSpanContextValid, trace } from '@opentelemetry/api';
import { type DestinationStream, type Logger, pino } from 'pino';
import type { LogLevel } from './config-fields.js';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level: LogLevel;
  /** Written on every line as `service`. */
  service: string;
  /** Where lines go; stdout unless given (tests pass an in-memory stream). */
  destination?: DestinationStream;
}

/**
 * A JSON logger whose every line carries `service` and, inside an active
 * OpenTelemetry span, its `trace_id` and `span_id`, so a log line leads to its trace.
 */
export function createLogger({ level, service, destination }: LoggerOptions): Logger {
  const options = {
    level,
    base: { service, pid: process.pid, hostname: hostname() },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    mixin: activeTraceFields,
  };
  return destination ? pino(options, destination) : pino(options);
}

function activeTraceFields(): Record<string, string> {
  const spanContext = trace.getActiveSpan()?.spanContext();
  if (!spanContext || !isSpanContextValid(spanContext)) return {};
  return { trace_id: spanContext.traceId, span_id: spanContext.spanId };
}
