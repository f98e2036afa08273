import { problemResponse as problem } from '@longcode/contracts';
import { NotFoundError, ValidationError } from '@longcode/kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Knex } from 'knex';
import { NO_IDEMPOTENCY, NOT_IDEMPOTENT } from '../idempotency/opt-out.js';
import { requireScope } from '../keys/auth.js';
import { callerOf } from '../keys/caller.js';
import { callbackUrlProblem } from './egress.js';
import {
  createSubscription,
  deleteSubscription,
  EVENT_TYPES,
  type SubscriptionInput,
  subscriptionRow,
  toSubscription,
  updateSubscription,
} from './subscriptions-store.js';

const tags = ['Webhook subscriptions'];
const url = { type: 'string', format: 'uri', pattern: '^https?://', maxLength: 2048 } as const;
const eventTypes = {
  type: 'array',
  minItems: 1,
  uniqueItems: true,
  items: { type: 'string', enum: EVENT_TYPES },
} as const;
const description = { type: ['string', 'null'], maxLength: 200 } as const;

const subscriptionResponse = {
  type: 'object',
  required: ['id', 'url', 'eventTypes', 'isActive', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string' },
    url: { type: 'string' },
    eventTypes: { type: 'array', items: { type: 'string', enum: EVENT_TYPES } },
    description: { type: ['string', 'null'] },
    isActive: { type: 'boolean' },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
    secret: { type: 'string', pattern: '^whsec_' },
  },
} as const;
const params = {
  type: 'object',
  required: ['subscriptionId'],
  properties: { subscriptionId: { type: 'string', minLength: 1, maxLength: 36 } },
} as const;

type ById = FastifyRequest<{ Params: { subscriptionId: string } }>;
const notFound = (id: string) =>
  new NotFoundError('SUBSCRIPTION_NOT_FOUND', `Subscription ${id} does not exist`);

/**
 * /v1/webhook-subscriptions: endpoints that receive an account's events of the types they ask for
 * (message.status, message.inbound, opt-out.changed, campaign.status), each signed with the
 * subscription's own secret. Deliveries appear in /v1/callbacks/deliveries and can be replayed there.
 */
export function subscriptionRoutes({
  db,
  now,
  allowPrivate,
}: {
  db: Knex;
  now: () => Date;
  allowPrivate: boolean;
}) {
  const checkUrl = (url: string | undefined) => {
    const problem = url === undefined ? null : callbackUrlProblem(url, allowPrivate);
    if (problem) throw new ValidationError([{ field: 'url', message: problem }]);
  };

  async function found(request: ById, withSecret = false) {
    const row = await subscriptionRow(db, callerOf(request).accountId, request.params.subscriptionId);
    if (!row) throw notFound(request.params.subscriptionId);
    return toSubscription(row, withSecret);
  }

  return async (app: FastifyInstance) => {
    app.post<{ Body: SubscriptionInput }>(
      '/v1/webhook-subscriptions',
      {
        config: NOT_IDEMPOTENT,
        schema: {
          tags,
          summary: 'Subscribe an endpoint to event types (the answer shows its signing secret)',
          description: NO_IDEMPOTENCY,
          body: {
            type: 'object',
            required: ['url', 'eventTypes'],
            additionalProperties: false,
            properties: { url, eventTypes, description, isActive: { type: 'boolean' } },
          },
          response: { 201: subscriptionResponse, '4xx': problem },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        requireScope(caller, 'callbacks:write');
        checkUrl(request.body.url);
        return reply.code(201).send(await createSubscription(db, caller.accountId, request.body, now()));
      },
    );

    app.get(
      '/v1/webhook-subscriptions',
      {
        schema: {
          tags,
          summary: "The account's subscriptions (without their secrets)",
          response: {
            200: {
              type: 'object',
              required: ['data'],
              properties: { data: { type: 'array', items: subscriptionResponse } },
            },
            '4xx': problem,
          },
        },
      },
      async (request) => {
        const caller = callerOf(request);
        requireScope(caller, 'callbacks:read');
        const rows = await db('webhook_subscriptions')
          .where({ account_id: caller.accountId })
          .orderBy('created_at');
        return { data: rows.map((row) => toSubscription(row)) };
      },
    );

    app.get<{ Params: { subscriptionId: string } }>(
      '/v1/webhook-subscriptions/:subscriptionId',
      {
        schema: {
          tags,
          summary: 'A subscription, with its signing secret',
          params,
          response: { 200: subscriptionResponse, '4xx': problem },
        },
      },
      async (request) => {
        requireScope(callerOf(request), 'callbacks:write');
        return found(request, true);
      },
    );

    app.patch<{
      Params: { subscriptionId: string };
      Body: Partial<SubscriptionInput> & { rotateSecret?: boolean };
    }>(
      '/v1/webhook-subscriptions/:subscriptionId',
      {
        schema: {
          tags,
          summary: "Change a subscription's URL, event types or state, or give it a new secret",
          params,
          body: {
            type: 'object',
            minProperties: 1,
            additionalProperties: false,
            properties: {
              url,
              eventTypes,
              description,
              isActive: { type: 'boolean' },
              rotateSecret: { type: 'boolean' },
            },
          },
          response: { 200: subscriptionResponse, '4xx': problem },
        },
      },
      async (request) => {
        const caller = callerOf(request);
        requireScope(caller, 'callbacks:write');
        checkUrl(request.body.url);
        if (
          !(await updateSubscription(
            db,
            caller.accountId,
            request.params.subscriptionId,
            request.body,
            now(),
          ))
        ) {
          throw notFound(request.params.subscriptionId);
        }
        return found(request, request.body.rotateSecret === true);
      },
    );

    app.delete<{ Params: { subscriptionId: string } }>(
      '/v1/webhook-subscriptions/:subscriptionId',
      {
        schema: {
          tags,
          summary: 'Delete a subscription (deliveries not yet made are given up)',
          params,
          response: { 204: { type: 'null', description: 'Deleted' }, '4xx': problem },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        requireScope(caller, 'callbacks:write');
        if (!(await deleteSubscription(db, caller.accountId, request.params.subscriptionId, now()))) {
          throw notFound(request.params.subscriptionId);
        }
        return reply.code(204).send();
      },
    );
  };
}
