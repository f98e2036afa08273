import { type CommandMetadata, currentTraceContext, type StreamOrigin } from '@longcode/eventstore';
import { type AcceptDeps, type AcceptOutcome, acceptMessages } from './accept.js';
import type { SendRequest } from './acceptance.js';

export interface SingleAcceptor {
  /** Accepts one message; resolves once it is durable (or refused), like a batch of one. */
  accept(request: SendRequest, metadata: CommandMetadata): Promise<AcceptOutcome>;
}

interface Waiting {
  request: SendRequest;
  origin: StreamOrigin;
  resolve(outcome: AcceptOutcome): void;
  reject(error: unknown): void;
}

/**
 * Single sends that arrive while an account's previous ones are being written go together in the next
 * transaction (natural batching, as a database's group commit does): alone, a request waits for nothing;
 * under load, one commit and one set of lookups answer many. Each answer still comes only once its message
 * is durable, and carries its own correlation and trace.
 */
export function coalescingAcceptor(deps: AcceptDeps, maxBatch = 500): SingleAcceptor {
  const waiting = new Map<string, Waiting[]>();
  const writing = new Set<string>();

  function writeNext(accountId: string) {
    const queue = waiting.get(accountId) ?? [];
    const taken = queue.splice(0, maxBatch);
    if (taken.length === 0) {
      waiting.delete(accountId);
      writing.delete(accountId);
      return;
    }
    const [first] = taken as [Waiting, ...Waiting[]];
    acceptMessages(
      deps,
      taken.map((w) => w.request),
      { accountId, correlationId: first.origin.correlationId },
      { origins: taken.map((w) => w.origin) },
    )
      .then(
        (outcomes) => {
          for (const [i, w] of taken.entries()) w.resolve(outcomes[i] as AcceptOutcome);
        },
        (error: unknown) => {
          for (const w of taken) w.reject(error);
        },
      )
      .finally(() => writeNext(accountId));
  }

  return {
    accept(request, metadata) {
      return new Promise((resolve, reject) => {
        const origin = {
          correlationId: metadata.correlationId,
          causationId: metadata.causationId ?? null,
          ...currentTraceContext(),
        };
        const queue = waiting.get(metadata.accountId) ?? [];
        waiting.set(metadata.accountId, queue);
        queue.push({ request, origin, resolve, reject });
        if (!writing.has(metadata.accountId)) {
          writing.add(metadata.accountId);
          setImmediate(() => writeNext(metadata.accountId));
        }
      });
    },
  };
}
