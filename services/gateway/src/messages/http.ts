import { batchRequest, messageParams, sendRequest } from '@longcode/contracts';
import type { FastifyInstance } from 'fastify';
import { requireScope } from '../keys/auth.js';
import { callerOf } from '../keys/caller.js';
import { forward, type Upstream } from '../upstream/forward.js';

const tags = ['Messages'];

/** /v1/messages: sending, reading and canceling messages, answered by dispatch for the caller's account. */
export function messageRoutes(dispatch: Upstream) {
  return async (app: FastifyInstance) => {
    app.post<{ Body: Record<string, unknown> }>(
      '/v1/messages',
      { schema: { tags, summary: 'Send a message', body: sendRequest } },
      async (request, reply) => {
        const caller = callerOf(request);
        requireScope(caller, 'messages:write');
        return forward(dispatch, request, reply, {
          method: 'POST',
          path: '/messages',
          accountId: caller.accountId,
          body: request.body,
        });
      },
    );

    app.post<{ Body: Record<string, unknown> }>(
      '/v1/messages/batch',
      {
        schema: {
          tags,
          summary: 'Send up to 1,000 messages, each accepted or refused on its own',
          body: batchRequest,
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        requireScope(caller, 'messages:write');
        return forward(dispatch, request, reply, {
          method: 'POST',
          path: '/messages/batch',
          accountId: caller.accountId,
          body: request.body,
        });
      },
    );

    app.get<{ Params: { messageId: string } }>(
      '/v1/messages/:messageId',
      { schema: { tags, summary: 'A message and its status', params: messageParams } },
      async (request, reply) => {
        const caller = callerOf(request);
        requireScope(caller, 'messages:read');
        return forward(dispatch, request, reply, {
          method: 'GET',
          path: `/messages/${encodeURIComponent(request.params.messageId)}`,
          accountId: caller.accountId,
        });
      },
    );

    app.post<{ Params: { messageId: string } }>(
      '/v1/messages/:messageId/cancel',
      { schema: { tags, summary: 'Cancel a message not yet handed to the carrier', params: messageParams } },
      async (request, reply) => {
        const caller = callerOf(request);
        requireScope(caller, 'messages:write');
        return forward(dispatch, request, reply, {
          method: 'POST',
          path: `/messages/${encodeURIComponent(request.params.messageId)}/cancel`,
          accountId: caller.accountId,
        });
      },
    );
  };
}
