export { type Coalescer, createCoalescer } from './coalesce.js';
export {
  CONFIG_EXIT_CODE,
  ConfigError,
  type ConfigProblem,
  type Env,
  type ExitOptions,
  loadConfig,
  parseConfigOrExit,
} from './config.js';
export {
  csv,
  durationMs,
  enumOf,
  flag,
  LOG_LEVELS,
  type LogLevel,
  logLevel,
  port,
  trustedProxies,
  url,
} from './config-fields.js';
export {
  ConflictError,
  DomainError,
  type DomainErrorOptions,
  type FieldError,
  InfrastructureError,
  NotFoundError,
  ValidationError,
} from './errors.js';
export { buildHttpApp, type HttpAppOptions } from './http.js';
export { createMetricsRegistry } from './http-metrics.js';
export type { CheckResult, ReadinessCheck } from './http-probes.js';
export { PROBLEM_CONTENT_TYPE, type Problem, toProblem } from './http-problem.js';
export {
  onShutdown,
  type Shutdown,
  type ShutdownOptions,
  type ShutdownStep,
  type SignalSource,
} from './lifecycle.js';
export { createLogger, type Logger, type LoggerOptions } from './logger.js';
export { type IncomingWebhook, ProviderError, WebhookRejectedError } from './provider.js';
export { startTelemetry, type Telemetry, type TelemetryOptions } from './telemetry.js';
export { TimeoutError, withTimeout } from './timeout.js';
export {
  extractTraceContext,
  injectTraceContext,
  type TraceCarrier,
  withExtractedContext,
} from './trace-context.js';
