import { type CommandMetadata, currentTraceContext, type StreamOrigin } from '@longcode/eventstore';
import { createCoalescer } from '@longcode/kit';
import { type AcceptDeps, type AcceptOutcome, acceptMessages } from './accept.js';
import type { SendRequest } from './acceptance.js';

export interface SingleAcceptor {
  /** Accepts one message; resolves once it is durable (or refused), like a batch of one. */
  accept(request: SendRequest, metadata: CommandMetadata): Promise<AcceptOutcome>;
}

/**
 * Single sends that arrive while the account's previous ones are being written go together in the next
 * transaction (createCoalescer): one commit and one set of lookups answer many. Each answer still comes
 * only once its message is durable, and its event carries its own correlation and trace.
 */
export function coalescingAcceptor(deps: AcceptDeps, maxBatch = 500): SingleAcceptor {
  const coalescer = createCoalescer<{ request: SendRequest; origin: StreamOrigin }, AcceptOutcome>(
    (accountId, items) =>
      acceptMessages(
        deps,
        items.map((item) => item.request),
        { accountId, correlationId: items[0]?.origin.correlationId ?? '' },
        { origins: items.map((item) => item.origin) },
      ),
    { maxBatch },
  );
  return {
    accept(request, metadata) {
      const origin = {
        correlationId: metadata.correlationId,
        causationId: metadata.causationId ?? null,
        ...currentTraceContext(),
      };
      return coalescer.submit(metadata.accountId, { request, origin });
    },
  };
}
