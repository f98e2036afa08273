import { ValidationError } from '@longcode/kit';
import type { FastifyInstance } from 'fastify';
import { type InboundInjection, readInjection } from './inbound.js';
import type { OutboundRecord } from './record.js';
import type { MessageFilter, MessageStore } from './store.js';

export interface MessagingControlDeps {
  store: MessageStore;
  /** Sends the injected message's `message.received`; its ids and where it goes. */
  inject(injection: InboundInjection): { messageId: string; eventId: string; webhookUrl: string };
}

type ListQuery = { Querystring: Record<string, string | undefined> };

const DEFAULT_LIMIT = 1000;
const MAX_LIMIT = 100_000;

/**
 * The simulator's control of messaging (register under `/simulator`), for tests, demos and benches:
 * inject an inbound text (a signed `message.received`), list the accepted messages with their webhooks,
 * count them (proof that each was sent once), and clear them. Refusals are problem+json.
 */
export function messagingControlRoutes({ store, inject }: MessagingControlDeps) {
  return async (app: FastifyInstance) => {
    /** Body `{ from, to, text, media? }`: answers 202 with the message and event ids, before delivery. */
    app.post('/inbound', async (request, reply) =>
      reply.status(202).send(inject(readInjection(request.body))),
    );

    /** The injected inbound messages, with their deliveries; `?limit=` the latest (1,000 unless given). */
    app.get<ListQuery>('/inbound', async (request) => ({
      messages: store.inboundList(limitOf(request.query.limit)).map(({ receivedAt, ...message }) => ({
        ...message,
        receivedAt: new Date(receivedAt).toISOString(),
      })),
    }));

    /** Accepted messages, oldest first; `?from=&to=&text=` filter exactly, `?limit=` keeps the latest. */
    app.get<ListQuery>('/messages', async (request) => {
      const { from, to, text, limit } = request.query;
      const filter: MessageFilter = { from, to, text };
      return { messages: store.list(filter, limitOf(limit)).map(view) };
    });

    /** Counters since start (or the last clear), and counts over the retained messages. */
    app.get('/messages/stats', async () => store.stats());

    /** Forgets every message and resets the counters (webhooks already due are still sent). */
    app.delete('/messages', async (_request, reply) => {
      store.clear();
      return reply.status(204).send();
    });
  };
}

function limitOf(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_LIMIT;
  const limit = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (limit >= 1 && limit <= MAX_LIMIT) return limit;
  throw new ValidationError([{ field: 'limit', message: `must be an integer from 1 to ${MAX_LIMIT}` }]);
}

function view(record: OutboundRecord) {
  return {
    id: record.id,
    provider: record.wire,
    from: record.from,
    to: record.to,
    text: record.text,
    media: record.media,
    type: record.type,
    receivedAt: new Date(record.receivedAt).toISOString(),
    status: record.status,
    failure: record.failure,
    webhookUrl: record.webhookUrl,
    webhooks: record.webhooks,
  };
}
