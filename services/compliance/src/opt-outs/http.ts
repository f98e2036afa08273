import { accountHeader, optOutList, optOutQuery, optOutRequest, optOutResponse } from '@longcode/contracts';
import { NotFoundError } from '@longcode/kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type ChangeRequest, changeOf } from '../consent/change.js';
import { type ConsentDeps, recordConsent } from '../consent/record.js';
import { coveringOptOut, findOptOut, listOptOuts, type OptOutQuery } from './list.js';

const params = {
  type: 'object',
  required: ['optOutId'],
  properties: { optOutId: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;

type OptOutBody = Omit<ChangeRequest, 'accountId' | 'actor'>;
type ById = FastifyRequest<{ Params: { optOutId: string } }>;

const accountOf = (request: FastifyRequest) => request.headers['x-account-id'] as string;
const metadataOf = (request: FastifyRequest) => ({
  accountId: accountOf(request),
  correlationId: (request.headers['x-correlation-id'] as string | undefined) ?? request.id,
});

/**
 * The account's opt-out list: who it may not text now, and in which scope. Adding one records a
 * revocation in the person's consent ledger; removing one records a grant of exactly its scope (the
 * person may still be opted out in another scope, listed on its own).
 */
export function optOutRoutes({ db, store, now = () => new Date() }: ConsentDeps & { now?: () => Date }) {
  async function own(request: ById) {
    const found = await findOptOut(db, accountOf(request), request.params.optOutId, now());
    if (!found)
      throw new NotFoundError('OPT_OUT_NOT_FOUND', `Opt-out ${request.params.optOutId} does not exist`);
    return found;
  }

  return async (app: FastifyInstance) => {
    app.get<{ Querystring: OptOutQuery }>(
      '/opt-outs',
      { schema: { querystring: optOutQuery, headers: accountHeader, response: { 200: optOutList } } },
      async (request) => listOptOuts(db, accountOf(request), request.query, now()),
    );

    app.get<{ Params: { optOutId: string } }>(
      '/opt-outs/:optOutId',
      { schema: { params, headers: accountHeader, response: { 200: optOutResponse } } },
      async (request) => own(request),
    );

    /** 201 with the new opt-out; 200 with the one in force that already covers it (same scope or wider). */
    app.post<{ Body: OptOutBody }>(
      '/opt-outs',
      {
        schema: {
          body: optOutRequest,
          headers: accountHeader,
          response: { 200: optOutResponse, 201: optOutResponse },
        },
      },
      async (request, reply) => {
        const at = now();
        const change = changeOf({ ...request.body, accountId: accountOf(request) }, at);
        const { events } = await recordConsent(
          { db, store },
          change.phoneNumber,
          {
            type: 'RevokeConsent',
            data: { ...change, confirmation: null, now: at },
          },
          metadataOf(request),
        );
        const optOut = await coveringOptOut(db, change, change.scope, at);
        if (!optOut)
          throw new Error(`the opt-out list has no opt-out covering ${change.scope} for the ledger's`);
        return reply.code(events.length > 0 ? 201 : 200).send(optOut);
      },
    );

    /** Lifts the opt-out (the person opted back in to its scope): 204. */
    app.delete<{ Params: { optOutId: string } }>(
      '/opt-outs/:optOutId',
      { schema: { params, headers: accountHeader } },
      async (request, reply) => {
        const optOut = await own(request);
        const at = now();
        await recordConsent(
          { db, store },
          optOut.phoneNumber,
          {
            type: 'GrantConsent',
            data: {
              accountId: accountOf(request),
              phoneNumber: optOut.phoneNumber,
              scope: optOut.scope,
              campaignId: optOut.campaignId,
              brandId: optOut.brandId,
              how: 'API',
              keyword: null,
              sourceMessageId: null,
              inboundMessageId: null,
              actor: `api ${accountOf(request)}`,
              confirmation: null,
              now: at,
              everyCovering: false,
            },
          },
          metadataOf(request),
        );
        return reply.code(204).send();
      },
    );
  };
}
