import type { Knex } from 'knex';
import type { EventStore, RecordedEvent } from './event-store.js';

/** A pure aggregate: decide(command, state) → events; evolve(state, event) → state. */
export interface Decider<Command, Event extends { type: string; data: unknown }, State> {
  initialState: State;
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event & { occurredAt: Date }): State;
}

export interface CommandMetadata {
  accountId: string;
  correlationId: string;
  causationId?: string | null;
}

/** Folds a stream into its aggregate's state and version. */
export async function aggregateStream<Command, Event extends { type: string; data: unknown }, State>(
  store: EventStore,
  streamId: string,
  decider: Decider<Command, Event, State>,
): Promise<{ state: State; version: number }> {
  const events = await store.readStream(streamId);
  let state = decider.initialState;
  for (const event of events) state = decider.evolve(state, event as unknown as Event & { occurredAt: Date });
  return { state, version: events.at(-1)?.version ?? 0 };
}

/**
 * Loads the aggregate, decides, and appends at the version it decided on: a concurrent writer makes
 * the append fail with StreamVersionConflictError instead of overwriting.
 */
export async function handleCommand<Command, Event extends { type: string; data: unknown }, State>(
  store: EventStore,
  streamId: string,
  decider: Decider<Command, Event, State>,
  command: Command,
  /** The envelope's metadata, or a function of the state (e.g. the account that owns the aggregate). */
  metadata: CommandMetadata | ((state: State) => CommandMetadata),
  /** Append inside the caller's transaction (e.g. a consumer's, with its inbox row). */
  trx?: Knex.Transaction,
): Promise<{ state: State; events: RecordedEvent[]; version: number }> {
  const { state, version } = await aggregateStream(store, streamId, decider);
  const decided = decider.decide(command, state);
  const meta = typeof metadata === 'function' ? metadata(state) : metadata;
  const events = await store.append(streamId, decided, { expectedVersion: version, ...meta }, trx);
  let next = state;
  for (const event of events) next = decider.evolve(next, event as unknown as Event & { occurredAt: Date });
  return { state: next, events, version: version + events.length };
}

/**
 * handleCommand in a transaction (the caller's, or a new one on `db`), then `project` in the same one:
 * a state-stored read model (the aggregate's row) that is never behind its events.
 */
export async function handleCommandAndProject<Command, Event extends { type: string; data: unknown }, State>(
  db: Knex,
  store: EventStore,
  streamId: string,
  decider: Decider<Command, Event, State>,
  command: Command,
  metadata: CommandMetadata | ((state: State) => CommandMetadata),
  project: (trx: Knex.Transaction, state: State, events: RecordedEvent[]) => Promise<void>,
  outer?: Knex.Transaction,
): Promise<{ state: State; events: RecordedEvent[]; version: number }> {
  const run = async (trx: Knex.Transaction) => {
    const result = await handleCommand(store, streamId, decider, command, metadata, trx);
    if (result.events.length > 0) await project(trx, result.state, result.events);
    return result;
  };
  return outer ? run(outer) : db.transaction(run);
}
