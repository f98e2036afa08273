import {
  accountHeader,
  batchRequest,
  batchResponse,
  messageList,
  messageParams,
  messageQuery,
  messageResponse,
  messageStream,
  messageTimeline,
  sendRequest,
} from '@longcode/contracts';
import {
  aggregateStream,
  type Database,
  type EventStore,
  handleCommandAndProject,
} from '@longcode/eventstore';
import { NotFoundError, toProblem } from '@longcode/kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type AcceptOutcome, acceptMessages } from './accept.js';
import type { SendRequest } from './acceptance.js';
import { coalescingAcceptor } from './coalesce.js';
import { messageDecider } from './decider.js';
import { listMessages, type MessageQuery } from './list.js';
import type { ExistingMessage } from './message.js';
import { saveMessages } from './rows.js';

export interface MessageRoutesDeps {
  db: Database;
  store: EventStore;
  now?: () => Date;
}

/** A message as the API shows it. */
export const toMessageResponse = (m: ExistingMessage) => ({
  id: m.messageId,
  status: m.status,
  campaignId: m.campaignId,
  from: m.from,
  to: m.to,
  text: m.text,
  mediaUrls: m.mediaUrls,
  encoding: m.encoding,
  segments: m.segments,
  priority: m.priority,
  /** Submissions started so far (more than one after the carrier refused a try it let us retry). */
  attempts: m.attempts,
  sendAt: m.sendAt?.toISOString() ?? null,
  expiresAt: m.expiresAt?.toISOString() ?? null,
  reference: m.reference,
  providerMessageId: m.providerMessageId,
  errorCode: m.errorCode,
  errorDescription: m.errorDescription,
  acceptedAt: m.acceptedAt.toISOString(),
  updatedAt: m.updatedAt.toISOString(),
});

const metadataOf = (request: FastifyRequest) => ({
  accountId: request.headers['x-account-id'] as string,
  correlationId: (request.headers['x-correlation-id'] as string | undefined) ?? request.id,
});

const itemOf = (outcome: AcceptOutcome) =>
  outcome.ok
    ? { accepted: true, message: toMessageResponse(outcome.message) }
    : { accepted: false, error: toProblem(outcome.error) };

/** Internal send API (the gateway authenticates partners and passes their account in `x-account-id`). */
export function messageRoutes({ db, store, now }: MessageRoutesDeps) {
  const deps = { db, store, ...(now ? { now } : {}) };
  const singles = coalescingAcceptor(deps);
  async function ownMessage(request: FastifyRequest<{ Params: { messageId: string } }>) {
    const { state } = await aggregateStream(store, messageStream(request.params.messageId), messageDecider);
    if (!state.exists || state.accountId !== request.headers['x-account-id']) {
      throw new NotFoundError('MESSAGE_NOT_FOUND', `Message ${request.params.messageId} does not exist`);
    }
    return state;
  }

  const oneMessage = { params: messageParams, headers: accountHeader };

  return async (app: FastifyInstance) => {
    /** One message: 202 once it is durable, or the refusal with its stable code. */
    app.post<{ Body: SendRequest }>(
      '/messages',
      { schema: { body: sendRequest, headers: accountHeader, response: { 202: messageResponse } } },
      async (request, reply) => {
        const outcome = await singles.accept(request.body, metadataOf(request));
        if (!outcome.ok) throw outcome.error;
        return reply.code(202).send(toMessageResponse(outcome.message));
      },
    );

    /** Up to 1,000 messages: each accepted or refused on its own, in request order. */
    app.post<{ Body: { messages: SendRequest[] } }>(
      '/messages/batch',
      { schema: { body: batchRequest, headers: accountHeader, response: { 202: batchResponse } } },
      async (request, reply) => {
        const outcomes = await acceptMessages(deps, request.body.messages, metadataOf(request));
        const accepted = outcomes.filter((o) => o.ok).length;
        return reply
          .code(202)
          .send({ accepted, refused: outcomes.length - accepted, results: outcomes.map(itemOf) });
      },
    );

    app.get<{ Params: { messageId: string } }>(
      '/messages/:messageId',
      { schema: { ...oneMessage, response: { 200: messageResponse } } },
      async (request) => toMessageResponse(await ownMessage(request)),
    );

    app.get<{ Querystring: MessageQuery }>(
      '/messages',
      { schema: { querystring: messageQuery, headers: accountHeader, response: { 200: messageList } } },
      async (request) => listMessages(db, request.headers['x-account-id'] as string, request.query),
    );

    /** The message's timeline: every event of it, in order, as recorded. */
    app.get<{ Params: { messageId: string } }>(
      '/messages/:messageId/events',
      { schema: { ...oneMessage, response: { 200: messageTimeline } } },
      async (request) => {
        const message = await ownMessage(request);
        const events = await store.readStream(messageStream(message.messageId));
        return {
          data: events.map((event) => ({
            id: event.eventId,
            type: event.type.replace('longcode.dispatch.', ''),
            occurredAt: event.occurredAt.toISOString(),
            data: event.data,
          })),
        };
      },
    );

    /** Cancels a message not yet handed to the provider (scheduled, deferred, waiting to retry). */
    app.post<{ Params: { messageId: string } }>(
      '/messages/:messageId/cancel',
      { schema: { ...oneMessage, response: { 200: messageResponse } } },
      async (request) => {
        const message = await ownMessage(request);
        const { state } = await handleCommandAndProject(
          db,
          store,
          messageStream(message.messageId),
          messageDecider,
          { type: 'CancelMessage', data: {} },
          metadataOf(request),
          (trx, next) => saveMessages(trx, next.exists ? [next] : []),
        );
        return toMessageResponse(state as ExistingMessage);
      },
    );
  };
}
