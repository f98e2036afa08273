import { messageStream } from '@longcode/contracts';
import {
  currentTraceContext,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
  type StreamOrigin,
} from '@longcode/eventstore';
import type { Knex } from 'knex';
import type { MessageCommand } from './decide.js';
import { messageDecider } from './decider.js';
import type { ExistingMessage, MessageEvent } from './message.js';
import { saveMessages } from './rows.js';

interface Tracked {
  /** As read from the store, and the version it was read at. */
  base: ExistingMessage;
  version: number;
  /** With the decisions taken since (events not yet appended). */
  current: ExistingMessage;
  pending: Array<{ events: NewEvent[]; origin: StreamOrigin }>;
}

/**
 * Commands on many messages in one transaction, in a few statements whatever their number: the messages
 * are read together, each command is decided on the message as the previous ones left it, and `save`
 * appends every decision at the version it was made on (one insert), then writes the rows (one upsert).
 * A message that moved on meanwhile (another instance) fails the whole transaction with a version
 * conflict, as a single append would.
 */
export function messageWork(store: EventStore, trx: Knex.Transaction, now: () => Date) {
  const tracked = new Map<string, Tracked>();

  const evolve = (state: ExistingMessage, events: Array<MessageEvent & { occurredAt: Date }>) =>
    events.reduce((s, e) => messageDecider.evolve(s, e), state as typeof messageDecider.initialState);

  return {
    /** Reads the messages not read yet. */
    async load(messageIds: readonly string[]): Promise<void> {
      const wanted = [...new Set(messageIds)].filter((id) => !tracked.has(id));
      const streams = await store.readStreams(wanted.map(messageStream), trx);
      for (const id of wanted) {
        const events = (streams.get(messageStream(id)) ?? []) as unknown as Array<
          MessageEvent & { occurredAt: Date }
        >;
        const state = evolve(messageDecider.initialState as ExistingMessage, events);
        if (state.exists)
          tracked.set(id, { base: state, version: events.length, current: state, pending: [] });
      }
    },

    /** The message as decisions so far left it; undefined if it does not exist (or was not loaded). */
    get(messageId: string): ExistingMessage | undefined {
      return tracked.get(messageId)?.current;
    },

    /** Decides a command on a loaded message; what it becomes (unchanged if the command changes nothing). */
    run(messageId: string, command: MessageCommand, correlationId: string): ExistingMessage | undefined {
      const t = tracked.get(messageId);
      if (!t) return undefined;
      const decided = messageDecider.decide(command, t.current);
      if (decided.length === 0) return t.current;
      const origin = { accountId: t.base.accountId, correlationId, ...currentTraceContext() };
      t.pending.push({ events: decided, origin });
      t.current = evolve(
        t.current,
        decided.map((e) => ({ ...e, occurredAt: now() }) as MessageEvent & { occurredAt: Date }),
      ) as ExistingMessage;
      return t.current;
    },

    /** Appends every decision and writes the changed rows; the messages as recorded, by id. */
    async save(): Promise<Map<string, ExistingMessage>> {
      const changed = [...tracked.entries()].filter(([, t]) => t.pending.length > 0);
      const saved = new Map<string, ExistingMessage>();
      if (changed.length === 0) return saved;
      const appends = changed.flatMap(([, t]) => {
        let version = t.version;
        return t.pending.map(({ events, origin }) => {
          const append = {
            streamId: messageStream(t.base.messageId),
            events,
            expectedVersion: version,
            origin,
          };
          version += events.length;
          return append;
        });
      });
      const first = changed[0]?.[1].base;
      const recorded = await store.appendMany(
        appends,
        { accountId: first?.accountId ?? '', correlationId: appends[0]?.origin.correlationId ?? '' },
        trx,
      );
      const byStream = new Map<string, RecordedEvent[]>();
      for (const event of recorded)
        byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event]);
      for (const [id, t] of changed) {
        const events = (byStream.get(messageStream(id)) ?? []) as unknown as Array<
          MessageEvent & { occurredAt: Date }
        >;
        const next = evolve(t.base, events) as ExistingMessage;
        saved.set(id, next);
        tracked.set(id, { base: next, version: t.version + events.length, current: next, pending: [] });
      }
      await saveMessages(trx, [...saved.values()]);
      return saved;
    },
  };
}

export type MessageWork = ReturnType<typeof messageWork>;
