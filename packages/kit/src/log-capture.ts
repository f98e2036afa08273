import { createLogger, type Logger } from './logger.js';

/** For tests: a logger whose lines are kept in memory, parsed. */
export function createCapturedLogger(service = 'test'): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const destination = { write: (line: string) => void lines.push(JSON.parse(line)) };
  return { logger: createLogger({ level: 'info', service, destination }), lines };
}
