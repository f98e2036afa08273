import {
  accountHeader,
  inboundMessageList,
  inboundMessageQuery,
  inboundMessageResponse,
} from '@longcode/contracts';
import { NotFoundError } from '@longcode/kit';
import type { FastifyInstance } from 'fastify';
import type { Knex } from 'knex';
import { findInbound, type InboundQuery, listInbound } from './list.js';

const params = {
  type: 'object',
  required: ['inboundMessageId'],
  properties: { inboundMessageId: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;

/** The caller's inbound messages (the gateway passes its account in `x-account-id`). */
export function inboundRoutes({ db }: { db: Knex }) {
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: InboundQuery }>(
      '/inbound-messages',
      {
        schema: {
          querystring: inboundMessageQuery,
          headers: accountHeader,
          response: { 200: inboundMessageList },
        },
      },
      async (request) => listInbound(db, request.headers['x-account-id'] as string, request.query),
    );

    app.get<{ Params: { inboundMessageId: string } }>(
      '/inbound-messages/:inboundMessageId',
      { schema: { params, headers: accountHeader, response: { 200: inboundMessageResponse } } },
      async (request) => {
        const { inboundMessageId } = request.params;
        const found = await findInbound(db, request.headers['x-account-id'] as string, inboundMessageId);
        if (!found) {
          throw new NotFoundError(
            'INBOUND_MESSAGE_NOT_FOUND',
            `Inbound message ${inboundMessageId} does not exist`,
          );
        }
        return found;
      },
    );
  };
}
