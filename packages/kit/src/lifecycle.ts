import type { Logger } from './logger.js';
import { withTimeout } from './timeout.js';

/** One thing to close, in the order they are given: stop consuming, flush the outbox, close http, close pools. */
export interface ShutdownStep {
  name: string;
  close(): Promise<void>;
}

/** Where signals come from; `process` unless given (tests pass an EventEmitter). */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: () => void): unknown;
  off(signal: NodeJS.Signals, listener: () => void): unknown;
}

export interface ShutdownOptions {
  logger: Logger;
  steps: readonly ShutdownStep[];
  /** How long each step may take before the next one starts anyway. */
  timeoutMs: number;
  signals?: readonly NodeJS.Signals[];
  exit?: (code: number) => void;
  signalSource?: SignalSource;
}

export interface Shutdown {
  /** Runs the steps now (e.g. after a fatal error) then exits, exactly as a signal would. */
  shutdown(reason: string): Promise<void>;
  /** Removes the signal handlers without closing anything. */
  dispose(): void;
}

/**
 * On the first SIGTERM/SIGINT, closes each step in order, each bounded by `timeoutMs`,
 * then exits 0 — or 1 if a step failed or timed out (the rest still ran).
 * A second signal while closing exits 1 at once.
 */
export function onShutdown(options: ShutdownOptions): Shutdown {
  const { logger, signals = ['SIGTERM', 'SIGINT'], exit = exitProcess, signalSource = process } = options;
  let closing: Promise<void> | undefined;
  const shutdown = (reason: string): Promise<void> => {
    closing ??= closeAll(options, reason).then((failed) => exit(failed ? 1 : 0));
    return closing;
  };
  const onSignal = (signal: NodeJS.Signals) => () => {
    if (!closing) return void shutdown(signal);
    logger.warn({ signal }, 'second signal while shutting down: exiting now');
    exit(1);
  };
  const listeners = signals.map((signal) => [signal, onSignal(signal)] as const);
  for (const [signal, listener] of listeners) signalSource.on(signal, listener);
  const dispose = (): void => {
    for (const [signal, listener] of listeners) signalSource.off(signal, listener);
  };
  return { shutdown, dispose };
}

function exitProcess(code: number): void {
  process.exit(code);
}

/** True when some step failed. */
async function closeAll({ logger, steps, timeoutMs }: ShutdownOptions, reason: string): Promise<boolean> {
  logger.info({ reason, steps: steps.map((s) => s.name) }, 'shutting down');
  let failed = false;
  for (const step of steps) {
    try {
      await withTimeout(() => step.close(), timeoutMs, `shutdown step ${step.name}`);
      logger.info({ step: step.name }, 'closed');
    } catch (error) {
      failed = true;
      logger.error({ err: error, step: step.name }, 'shutdown step failed');
    }
  }
  logger.info({ failed }, 'shutdown complete');
  return failed;
}
