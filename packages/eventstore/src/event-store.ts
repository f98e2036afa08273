import type { Knex } from 'knex';
import { uuidv7 } from 'uuidv7';
import type { Database } from './database.js';
import { type Envelope, toHeaders } from './envelope.js';
import { isDuplicateKeyError, StreamVersionConflictError } from './errors.js';
import { currentTraceContext } from './trace.js';

export interface NewEvent<T = unknown> {
  type: string;
  data: T;
}

export interface RecordedEvent<T = unknown> extends Envelope {
  position: number;
  data: T;
}

export interface AppendOptions {
  /**
   * The stream's version the decision was made on (0 for a new stream), or 'any' for facts that do not
   * depend on the stream's state (a provider's report): appended after whatever is there.
   */
  expectedVersion: number | 'any';
  accountId: string;
  correlationId: string;
  causationId?: string | null;
}

/**
 * Where a new stream's events came from, when streams started together came from different requests
 * (single sends accepted in one transaction): their own correlation and trace instead of the batch's.
 */
export interface StreamOrigin {
  /** The account the stream belongs to, when the streams appended together belong to several. */
  accountId?: string;
  correlationId: string;
  causationId?: string | null;
  traceparent: string | null;
  tracestate: string | null;
}

export interface EventStoreDeps {
  db: Database;
  /** Which Kafka topic carries an event type; its key is the stream id. */
  topicOf(type: string): string;
  /** Names the producing service in the ce_source header. */
  source: string;
  clock?: () => Date;
  newId?: () => string;
  /** Called after a commit that wrote outbox rows (the relay uses it to wake at once). */
  onAppended?: () => void;
}

export interface EventStore {
  /** Appends events and their outbox rows in one transaction (the caller's, when given). */
  append(
    streamId: string,
    events: NewEvent[],
    options: AppendOptions,
    trx?: Knex.Transaction,
  ): Promise<RecordedEvent[]>;
  /**
   * Starts many new streams at once (each at version 0), in a few statements whatever their number: a
   * batch of new aggregates (accepted messages). A stream that already exists makes it all fail with
   * StreamVersionConflictError.
   */
  startStreams(
    streams: Array<{ streamId: string; events: NewEvent[]; origin?: StreamOrigin }>,
    options: Omit<AppendOptions, 'expectedVersion'>,
    trx: Knex.Transaction,
  ): Promise<RecordedEvent[]>;
  /**
   * Appends to many streams in one transaction, in a few statements whatever their number (a batch of
   * webhooks, a pass of the submitter). Several entries may name the same stream: they follow each
   * other in order. A numbered expectedVersion is the version the caller read in this transaction (the
   * unique stream/version key refuses the append if the stream has moved on); 'any' appends after
   * whatever is there. A conflict anywhere fails it all with StreamVersionConflictError.
   */
  appendMany(
    appends: Array<{
      streamId: string;
      events: NewEvent[];
      expectedVersion: number | 'any';
      origin?: StreamOrigin;
    }>,
    options: Omit<AppendOptions, 'expectedVersion'>,
    trx: Knex.Transaction,
  ): Promise<RecordedEvent[]>;
  /** Several streams' events at once, each in order, inside `trx` when given (streams with none are absent). */
  readStreams<T = unknown>(
    streamIds: readonly string[],
    trx?: Knex.Transaction,
  ): Promise<Map<string, RecordedEvent<T>[]>>;
  /** A stream's events in order; inside `trx` when given (it then sees the transaction's own appends). */
  readStream<T = unknown>(streamId: string, trx?: Knex.Transaction): Promise<RecordedEvent<T>[]>;
  /** Events after a global position, in commit-independent position order (for replays). */
  readAll<T = unknown>(options: { after?: number; limit?: number }): Promise<RecordedEvent<T>[]>;
}

export function createEventStore(deps: EventStoreDeps): EventStore {
  const clock = deps.clock ?? (() => new Date());
  const newId = deps.newId ?? uuidv7;

  async function appendIn(
    trx: Knex.Transaction,
    streamId: string,
    events: NewEvent[],
    options: AppendOptions,
  ) {
    const current = await currentVersion(trx, streamId);
    const expected = options.expectedVersion === 'any' ? current : options.expectedVersion;
    if (current !== expected) throw new StreamVersionConflictError(streamId, expected, current);
    const recorded = record(streamId, events, expected, options);
    await insert(trx, recorded, () => new StreamVersionConflictError(streamId, expected, null));
    return recorded;
  }

  function record(
    streamId: string,
    events: NewEvent[],
    after: number,
    options: AppendOptions | Omit<AppendOptions, 'expectedVersion'>,
    origin?: StreamOrigin,
  ) {
    const trace = origin ?? currentTraceContext();
    const occurredAt = clock();
    return events.map(
      (event, index): RecordedEvent => ({
        position: 0,
        eventId: newId(),
        type: event.type,
        data: event.data,
        streamId,
        version: after + index + 1,
        occurredAt,
        accountId: origin?.accountId ?? options.accountId,
        correlationId: origin?.correlationId ?? options.correlationId,
        causationId: (origin ? origin.causationId : options.causationId) ?? null,
        traceparent: trace.traceparent,
        tracestate: trace.tracestate,
      }),
    );
  }

  async function appendManyIn(
    trx: Knex.Transaction,
    appends: Parameters<EventStore['appendMany']>[0],
    options: Omit<AppendOptions, 'expectedVersion'>,
  ): Promise<RecordedEvent[]> {
    const withEvents = appends.filter((a) => a.events.length > 0);
    if (withEvents.length === 0) return [];
    const anyVersion = [
      ...new Set(withEvents.filter((a) => a.expectedVersion === 'any').map((a) => a.streamId)),
    ];
    const versions = await currentVersions(trx, anyVersion);
    const recorded: RecordedEvent[] = [];
    const reached = new Map<string, number>();
    for (const { streamId, events, expectedVersion, origin } of withEvents) {
      const after =
        reached.get(streamId) ??
        (expectedVersion === 'any' ? (versions.get(streamId) ?? 0) : expectedVersion);
      recorded.push(...record(streamId, events, after, options, origin));
      reached.set(streamId, after + events.length);
    }
    const first = withEvents[0];
    await insert(
      trx,
      recorded,
      () =>
        new StreamVersionConflictError(
          first?.streamId ?? '',
          first?.expectedVersion === 'any' ? 0 : (first?.expectedVersion ?? 0),
          null,
        ),
    );
    trx.executionPromise.then(
      () => deps.onAppended?.(),
      () => undefined,
    );
    return recorded;
  }

  /** The events and their outbox rows, each in one multi-row insert. */
  async function insert(trx: Knex.Transaction, recorded: RecordedEvent[], conflict: () => Error) {
    try {
      await trx('events').insert(recorded.map(toEventRow));
    } catch (error) {
      if (isDuplicateKeyError(error)) throw conflict();
      throw error;
    }
    await trx('outbox').insert(
      recorded.map((event) => ({
        event_id: event.eventId,
        topic: deps.topicOf(event.type),
        message_key: event.streamId,
        type: event.type,
        payload: JSON.stringify(event.data),
        headers: JSON.stringify(toHeaders(event, deps.source)),
      })),
    );
  }

  return {
    async append(streamId, events, options, trx) {
      if (events.length === 0) return [];
      if (trx) {
        const recorded = await appendIn(trx, streamId, events, options);
        trx.executionPromise.then(
          () => deps.onAppended?.(),
          () => undefined,
        );
        return recorded;
      }
      const recorded = await deps.db.transaction((own) => appendIn(own, streamId, events, options));
      deps.onAppended?.();
      return recorded;
    },
    startStreams(streams, options, trx) {
      return appendManyIn(
        trx,
        streams.map((stream) => ({ ...stream, expectedVersion: 0 })),
        options,
      );
    },
    appendMany(appends, options, trx) {
      return appendManyIn(trx, appends, options);
    },
    async readStreams<T>(streamIds: readonly string[], trx?: Knex.Transaction) {
      const streams = new Map<string, RecordedEvent<T>[]>();
      if (streamIds.length === 0) return streams;
      const rows = await (trx ?? deps.db)('events')
        .whereIn('stream_id', [...new Set(streamIds)])
        .orderBy([{ column: 'stream_id' }, { column: 'version' }]);
      for (const row of rows) {
        const event = fromEventRow<T>(row);
        streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
      }
      return streams;
    },
    async readStream(streamId, trx) {
      const rows = await (trx ?? deps.db)('events').where({ stream_id: streamId }).orderBy('version');
      return rows.map((row) => fromEventRow(row));
    },
    async readAll({ after = 0, limit = 1000 }) {
      const rows = await deps.db('events').where('position', '>', after).orderBy('position').limit(limit);
      return rows.map((row) => fromEventRow(row));
    },
  };
}

async function currentVersions(trx: Knex.Transaction, streamIds: string[]): Promise<Map<string, number>> {
  if (streamIds.length === 0) return new Map();
  const rows: Array<{ stream_id: string; version: number | string }> = await trx('events')
    .whereIn('stream_id', streamIds)
    .groupBy('stream_id')
    .select('stream_id')
    .max({ version: 'version' });
  return new Map(rows.map((row) => [row.stream_id, Number(row.version)]));
}

async function currentVersion(trx: Knex.Transaction, streamId: string): Promise<number> {
  const row = await trx('events').where({ stream_id: streamId }).max({ version: 'version' }).first();
  return Number(row?.version ?? 0);
}

function toEventRow(event: RecordedEvent) {
  return {
    stream_id: event.streamId,
    version: event.version,
    event_id: event.eventId,
    type: event.type,
    data: JSON.stringify(event.data),
    account_id: event.accountId,
    correlation_id: event.correlationId,
    causation_id: event.causationId,
    traceparent: event.traceparent,
    tracestate: event.tracestate,
    occurred_at: event.occurredAt,
  };
}

// biome-ignore lint/suspicious/noExplicitAny: a database row
function fromEventRow<T>(row: any): RecordedEvent<T> {
  return {
    position: Number(row.position),
    eventId: row.event_id,
    type: row.type,
    data: typeof row.data === 'string' ? JSON.parse(row.data) : row.data,
    streamId: row.stream_id,
    version: row.version,
    occurredAt: new Date(row.occurred_at),
    accountId: row.account_id,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    traceparent: row.traceparent,
    tracestate: row.tracestate,
  };
}
