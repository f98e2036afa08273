import { DomainError, NotFoundError, ValidationError } from '@longcode/kit';
import type { FastifyInstance } from 'fastify';
import type { Knex } from 'knex';
import { NO_IDEMPOTENCY, NOT_IDEMPOTENT } from '../idempotency/opt-out.js';
import type { Authenticator } from './auth.js';
import { requireScope } from './auth.js';
import { callerOf } from './caller.js';
import { SCOPES, scopesBeyond } from './scopes.js';
import { createKey, keysOf, type NewKey, revokeKey } from './store.js';

export const newKeyBody = {
  type: 'object',
  required: ['name', 'scopes'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200 },
    scopes: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', enum: ['*', ...SCOPES] },
    },
    limitPerMinute: { type: ['integer', 'null'], minimum: 1, maximum: 1_000_000 },
    limitPerHour: { type: ['integer', 'null'], minimum: 1, maximum: 100_000_000 },
    expiresAt: { type: ['string', 'null'], format: 'date-time' },
  },
} as const;

/** Refuses an expiry that is already past (the schema checked its shape). */
export function checkExpiry(input: NewKey, now: Date): void {
  if (input.expiresAt && Date.parse(input.expiresAt) <= now.getTime()) {
    throw new ValidationError([{ field: 'expiresAt', message: 'must be in the future' }]);
  }
}

const tags = ['API keys'];
const nullable = (type: 'string' | 'integer') => ({ type: [type, 'null'] }) as const;

/** An API key as its owner sees it; `key`, the whole key, only in the answer that created it. */
export const apiKeyResponse = {
  type: 'object',
  required: ['id', 'name', 'prefix', 'scopes', 'createdAt', 'usageCount'],
  properties: {
    id: { type: 'string' },
    accountId: { type: 'string' },
    name: { type: 'string' },
    prefix: { type: 'string' },
    key: { type: 'string', pattern: '^lc_' },
    scopes: { type: 'array', items: { type: 'string' } },
    limitPerMinute: nullable('integer'),
    limitPerHour: nullable('integer'),
    expiresAt: nullable('string'),
    revokedAt: nullable('string'),
    createdAt: { type: 'string' },
    lastUsedAt: nullable('string'),
    lastUsedIp: nullable('string'),
    usageCount: { type: 'integer', minimum: 0 },
  },
} as const;

/** /v1/api-keys: an account's keys, made and revoked with a key that holds the api-keys scopes. */
export function keyRoutes({ db, auth, now }: { db: Knex; auth: Authenticator; now: () => Date }) {
  return async (app: FastifyInstance) => {
    app.post<{ Body: NewKey }>(
      '/v1/api-keys',
      {
        config: NOT_IDEMPOTENT,
        schema: {
          tags,
          summary: 'Create an API key (the key is shown in this answer only)',
          description: `Its scopes must be ones the caller holds. ${NO_IDEMPOTENCY}`,
          body: newKeyBody,
          response: { 201: apiKeyResponse },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        requireScope(caller, 'api-keys:write');
        const beyond = scopesBeyond(caller.scopes, request.body.scopes);
        if (beyond.length > 0) {
          throw new DomainError(
            'API_KEY_SCOPE_MISSING',
            `A key may not be given scopes you lack: ${beyond.join(', ')}`,
            {
              status: 403,
              details: { scope: beyond[0], scopes: beyond },
            },
          );
        }
        checkExpiry(request.body, now());
        return reply.code(201).send(await createKey(db, caller.accountId, request.body, now()));
      },
    );

    app.get(
      '/v1/api-keys',
      {
        schema: {
          tags,
          summary: "The account's API keys (never their secrets)",
          response: {
            200: {
              type: 'object',
              required: ['data'],
              properties: { data: { type: 'array', items: apiKeyResponse } },
            },
          },
        },
      },
      async (request) => {
        const caller = callerOf(request);
        requireScope(caller, 'api-keys:read');
        return { data: await keysOf(db, caller.accountId) };
      },
    );

    app.delete<{ Params: { keyId: string } }>(
      '/v1/api-keys/:keyId',
      {
        schema: {
          tags,
          summary: 'Revoke an API key (at once on this instance, within 2 s on the others)',
          params: {
            type: 'object',
            required: ['keyId'],
            properties: { keyId: { type: 'string', minLength: 1, maxLength: 36 } },
          },
          response: { 200: apiKeyResponse },
        },
      },
      async (request) => {
        const caller = callerOf(request);
        requireScope(caller, 'api-keys:write');
        const revoked = await revokeKey(db, caller.accountId, request.params.keyId, now());
        if (!revoked)
          throw new NotFoundError('API_KEY_NOT_FOUND', `API key ${request.params.keyId} does not exist`);
        auth.forget(revoked.prefix);
        return revoked;
      },
    );
  };
}
