export {
  aggregateStream,
  type CommandMetadata,
  type Decider,
  handleCommand,
  handleCommandAndProject,
} from './command-handler.js';
export {
  createDatabase,
  type Database,
  type DatabaseOptions,
  deleteInBatches,
  ensureDatabase,
} from './database.js';
export { type Envelope, EnvelopeError, fromHeaders, headerNames, toHeaders } from './envelope.js';
export {
  isDuplicateKeyError,
  isRetriableDatabaseError,
  retryOnDeadlock,
  StoreUnavailableError,
  StreamVersionConflictError,
} from './errors.js';
export {
  type AppendOptions,
  createEventStore,
  type EventStore,
  type EventStoreDeps,
  type NewEvent,
  type RecordedEvent,
  type StreamOrigin,
} from './event-store.js';
export { applyOnce, type BatchEventHandler, type ConsumedEvent, type EventHandler } from './inbox.js';
export { eventStoreMigrations, indexMigration, type Migration, migrate } from './migrations.js';
export { createNamedLock, type NamedLock } from './named-lock.js';
export { createOutboxRelay, type OutboxRelay, type OutboxRelayDeps } from './outbox-relay.js';
export type { EventSerde, Logger } from './ports.js';
export {
  createProjectionConsumer,
  type ProjectionConsumer,
  type ProjectionConsumerDeps,
} from './projection-consumer.js';
export { defaultRetryPolicy, nextHop, type RetryPolicy, retryHeaders } from './retry-policy.js';
export { currentTraceContext, inConsumerSpan } from './trace.js';
