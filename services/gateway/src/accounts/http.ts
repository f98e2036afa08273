import { timingSafeEqual } from 'node:crypto';
import { DomainError, NotFoundError } from '@longcode/kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Knex } from 'knex';
import { checkExpiry, newKeyBody } from '../keys/http.js';
import { createKey, type NewKey } from '../keys/store.js';
import { audit } from '../users/audit.js';
import { newUserBody, userResponse } from '../users/schemas.js';
import type { NewUser } from '../users/store.js';
import { createUser } from '../users/users-http.js';
import { accountExists, createAccount } from './store.js';

const tags = ['Operator'];
const accountParams = {
  type: 'object',
  required: ['accountId'],
  properties: { accountId: { type: 'string', minLength: 1, maxLength: 36 } },
} as const;

function requireOperator(request: FastifyRequest, token: string): void {
  const presented = Buffer.from(/^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
    throw new DomainError('OPERATOR_TOKEN_INVALID', 'This needs the operator token', { status: 401 });
  }
}

/** /admin: the operator opens partner accounts and gives each its first API key. */
export function operatorRoutes({ db, token, now }: { db: Knex; token: string; now: () => Date }) {
  return async (app: FastifyInstance) => {
    app.addHook('onRequest', async (request) => requireOperator(request, token));

    app.post<{ Body: { name: string } }>(
      '/admin/accounts',
      {
        schema: {
          tags,
          summary: 'Open a partner account',
          body: {
            type: 'object',
            required: ['name'],
            additionalProperties: false,
            properties: { name: { type: 'string', minLength: 1, maxLength: 200 } },
          },
        },
      },
      async (request, reply) => reply.code(201).send(await createAccount(db, request.body.name, now())),
    );

    app.post<{ Params: { accountId: string }; Body: NewUser & { password: string } }>(
      '/admin/accounts/:accountId/users',
      {
        schema: {
          tags,
          summary: "Add an account's user (its first admin, typically)",
          body: newUserBody,
          params: accountParams,
          response: { 201: userResponse },
        },
      },
      async (request, reply) => {
        const { accountId } = request.params;
        if (!(await accountExists(db, accountId))) {
          throw new NotFoundError('ACCOUNT_NOT_FOUND', `Account ${accountId} does not exist`);
        }
        const user = await createUser(db, accountId, request.body, now());
        await audit(
          db,
          {
            accountId,
            actor: 'operator',
            action: 'user.created',
            target: `user:${user.id}`,
            detail: { role: user.role },
            ip: request.ip,
          },
          now(),
        );
        return reply.code(201).send(user);
      },
    );

    app.post<{ Params: { accountId: string }; Body: NewKey }>(
      '/admin/accounts/:accountId/api-keys',
      {
        schema: {
          tags,
          summary: "Create an account's API key (shown in this answer only)",
          body: newKeyBody,
          params: accountParams,
        },
      },
      async (request, reply) => {
        if (!(await accountExists(db, request.params.accountId))) {
          throw new NotFoundError('ACCOUNT_NOT_FOUND', `Account ${request.params.accountId} does not exist`);
        }
        checkExpiry(request.body, now());
        return reply.code(201).send(await createKey(db, request.params.accountId, request.body, now()));
      },
    );
  };
}
