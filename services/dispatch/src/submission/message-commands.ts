import { messageStream } from '@longcode/contracts';
import type { EventStore } from '@longcode/eventstore';
import type { Knex } from 'knex';
import type { MessageCommand } from '../message/decide.js';
import { messageDecider } from '../message/decider.js';
import type { ExistingMessage, MessageEvent } from '../message/message.js';
import { saveMessages } from '../message/rows.js';

export interface LoadedMessage {
  state: ExistingMessage;
  version: number;
}

/** The message folded from its stream, with its version (undefined if there is none); in `trx` when given. */
export async function loadMessage(
  store: EventStore,
  messageId: string,
  trx?: Knex.Transaction,
): Promise<LoadedMessage | undefined> {
  const events = await store.readStream(messageStream(messageId), trx);
  let state = messageDecider.initialState;
  for (const event of events)
    state = messageDecider.evolve(state, event as unknown as MessageEvent & { occurredAt: Date });
  return state.exists ? { state, version: events.at(-1)?.version ?? 0 } : undefined;
}

/**
 * Decides a command on a message already loaded and appends at its version, with its row, in `trx`
 * (one read per message, however many commands a pass or a batch decides). The new state and version.
 */
export async function runMessageCommand(
  deps: { store: EventStore },
  { state, version }: LoadedMessage,
  command: MessageCommand,
  meta: { correlationId: string },
  trx: Knex.Transaction,
): Promise<LoadedMessage> {
  const decided = messageDecider.decide(command, state);
  if (decided.length === 0) return { state, version };
  const recorded = await deps.store.append(
    messageStream(state.messageId),
    decided,
    { expectedVersion: version, accountId: state.accountId, correlationId: meta.correlationId },
    trx,
  );
  let next = state;
  for (const event of recorded)
    next = messageDecider.evolve(
      next,
      event as unknown as MessageEvent & { occurredAt: Date },
    ) as ExistingMessage;
  await saveMessages(trx, [next]);
  return { state: next, version: version + recorded.length };
}
