import {
  type callbackEventTypes,
  deliveryList,
  deliveryResponse,
  problemResponse,
  signingSecretResponse,
} from '@longcode/contracts';
import { ConflictError, NotFoundError } from '@longcode/kit';
import type { FastifyInstance } from 'fastify';
import type { Knex } from 'knex';
import { requireScope } from '../keys/auth.js';
import { callerOf } from '../keys/caller.js';
import { toDelivery } from './store.js';
import type { EventType } from './subscriptions-store.js';

/** The published event types are the ones subscriptions take: this fails to compile the day they differ. */
type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const publishedEventTypesAreSubscribable: SameSet<EventType, (typeof callbackEventTypes)[number]> =
  true;

const tags = ['Callbacks'];
const deliveryParams = {
  type: 'object',
  required: ['deliveryId'],
  properties: { deliveryId: { type: 'string', minLength: 1, maxLength: 36 } },
} as const;

/** The callback delivery log, replays, and the secret callbacks are signed with. */
export function callbackRoutes({ db, now }: { db: Knex; now: () => Date }) {
  return async (app: FastifyInstance) => {
    app.get(
      '/v1/callbacks/signing-secret',
      {
        schema: {
          tags,
          summary: "The secret the account's callbacks are signed with (Longcode-Signature)",
          response: {
            200: { ...signingSecretResponse, description: 'The secret' },
            '4xx': problemResponse,
          },
        },
      },
      async (request) => {
        const caller = callerOf(request);
        requireScope(caller, 'callbacks:read');
        const account = await db('accounts').where({ account_id: caller.accountId }).first('callback_secret');
        return { secret: account?.callback_secret ?? null };
      },
    );

    app.get<{ Querystring: { messageId?: string; subscriptionId?: string } }>(
      '/v1/callbacks/deliveries',
      {
        schema: {
          tags,
          summary:
            'Callback deliveries, newest first (100 at most), optionally for one message or subscription; kept 30 days once delivered or failed',
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              messageId: { type: 'string', minLength: 1, maxLength: 36 },
              subscriptionId: { type: 'string', minLength: 1, maxLength: 36 },
            },
          },
          response: {
            200: { ...deliveryList, description: 'The deliveries' },
            '4xx': problemResponse,
          },
        },
      },
      async (request) => {
        const caller = callerOf(request);
        requireScope(caller, 'callbacks:read');
        const query = db('callback_deliveries').where({ account_id: caller.accountId });
        if (request.query.messageId) query.andWhere({ message_id: request.query.messageId });
        if (request.query.subscriptionId) query.andWhere({ subscription_id: request.query.subscriptionId });
        const rows = await query.orderBy('created_at', 'desc').limit(100);
        return { data: rows.map(toDelivery) };
      },
    );

    app.post<{ Params: { deliveryId: string } }>(
      '/v1/callbacks/deliveries/:deliveryId/replay',
      {
        schema: {
          tags,
          summary: 'Deliver a callback again, now (retried if it fails, within 24 h of the first attempt)',
          params: deliveryParams,
          response: {
            202: { ...deliveryResponse, description: 'Pending again: delivered within seconds' },
            '4xx': problemResponse,
          },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        requireScope(caller, 'callbacks:write');
        const where = { account_id: caller.accountId, delivery_id: request.params.deliveryId };
        const paused = await db('callback_deliveries as d')
          .join('webhook_subscriptions as s', 's.subscription_id', 'd.subscription_id')
          .where({
            'd.account_id': caller.accountId,
            'd.delivery_id': request.params.deliveryId,
            's.is_active': false,
          })
          .first('s.subscription_id');
        if (paused) {
          throw new ConflictError(
            'SUBSCRIPTION_PAUSED',
            `Subscription ${paused.subscription_id} is paused: resume it (isActive true) to replay its deliveries`,
          );
        }
        const updated = await db('callback_deliveries')
          .where(where)
          .update({ status: 'pending', next_attempt_at: now(), delivered_at: null });
        if (updated === 0) {
          throw new NotFoundError(
            'DELIVERY_NOT_FOUND',
            `Delivery ${request.params.deliveryId} does not exist`,
          );
        }
        return reply.code(202).send(toDelivery(await db('callback_deliveries').where(where).first()));
      },
    );
  };
}
