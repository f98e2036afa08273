import { messageStream } from '@longcode/contracts';
import {
  type CommandMetadata,
  type Database,
  type EventStore,
  retryOnDeadlock,
  type StreamOrigin,
} from '@longcode/eventstore';
import type { DomainError } from '@longcode/kit';
import type { Knex } from 'knex';
import { uuidv7 } from 'uuidv7';
import { type Acceptance, decideAcceptance, type SendRequest } from './acceptance.js';
import { loadAcceptanceFacts } from './facts.js';
import { type ExistingMessage, evolveMessage, initialMessageState } from './message.js';
import { rememberSenders, saveMessages } from './rows.js';

export interface AcceptDeps {
  db: Database;
  store: EventStore;
  now?: () => Date;
}

export type AcceptOutcome = { ok: true; message: ExistingMessage } | { ok: false; error: DomainError };

/**
 * Accepts a batch of requests for one account: each is decided on its own (a refused one does not stop
 * the others), and every accepted one is appended with its row and sticky sender in ONE transaction, so
 * when this returns they are durable and will be sent.
 */
export interface AcceptOptions {
  /** Our ids for the messages, in request order (a compliance reply's id), instead of new ones. */
  ids?: readonly string[];
  /** The kind of compliance reply these are (allowed to an opted-out person), if they are. */
  complianceReply?: string;
  /** Append inside the caller's transaction (a consumer's, with its inbox row). */
  trx?: Knex.Transaction;
  /** Each request's own correlation and trace, in request order, when they came separately (coalesced). */
  origins?: readonly StreamOrigin[];
}

export async function acceptMessages(
  { db, store, now = () => new Date() }: AcceptDeps,
  requests: readonly SendRequest[],
  metadata: CommandMetadata,
  options: AcceptOptions = {},
): Promise<AcceptOutcome[]> {
  const at = now();
  const facts = await loadAcceptanceFacts(options.trx ?? db, metadata.accountId, requests, at);
  const decided: Acceptance[] = requests.map((request, i) =>
    decideAcceptance(request, facts, at, options.ids?.[i] ?? uuidv7(), options.complianceReply ?? null),
  );
  const accepted = decided.flatMap((d, i) => (d.ok ? [{ ...d, origin: options.origins?.[i] }] : []));
  const messages = new Map<string, ExistingMessage>();
  const record = async (trx: Knex.Transaction) => {
    const recorded = await store.startStreams(
      accepted.map(({ message, origin }) => ({
        streamId: messageStream(message.messageId),
        events: [{ type: 'longcode.dispatch.MessageAccepted', data: message }],
        ...(origin ? { origin } : {}),
      })),
      metadata,
      trx,
    );
    const occurredAt = recorded[0]?.occurredAt ?? at;
    for (const { message } of accepted) {
      const state = evolveMessage(initialMessageState, {
        type: 'longcode.dispatch.MessageAccepted',
        data: message,
        occurredAt,
        accountId: metadata.accountId,
      });
      if (state.exists) messages.set(message.messageId, state);
    }
    await saveMessages(trx, [...messages.values()]);
    await rememberSenders(
      trx,
      accepted.map((a) => a.sticky),
    );
  };
  if (accepted.length > 0) {
    messages.clear();
    await (options.trx ? record(options.trx) : retryOnDeadlock(() => db.transaction(record)));
  }
  return decided.map((d) => {
    if (!d.ok) return d;
    const message = messages.get(d.message.messageId);
    if (!message) throw new Error(`accepted message ${d.message.messageId} was not recorded`);
    return { ok: true, message };
  });
}
