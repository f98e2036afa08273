import { problemResponse as problem } from '@longcode/contracts';
import { ConflictError, NotFoundError, ValidationError } from '@longcode/kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Knex } from 'knex';
import { NO_IDEMPOTENCY, NOT_IDEMPOTENT } from '../idempotency/opt-out.js';
import { requireScope } from '../keys/auth.js';
import { callerOf } from '../keys/caller.js';
import { type Actor, audit } from './audit.js';
import { hashPassword, passwordProblem } from './password.js';
import { spendResetsOf } from './resets.js';
import type { BrandRole, Role } from './roles.js';
import { newUserBody, userBrandParams, userChangeBody, userParams, userResponse } from './schemas.js';
import { revokeSessionsOf } from './sessions.js';
import {
  activeAdminsLocked,
  brandsOf,
  insertUser,
  type NewUser,
  publicUser,
  removeBrandRole,
  type StoredUser,
  setBrandRole,
  updateUser,
  userById,
  usersOf,
} from './store.js';

const tags = ['Users'];

export interface UserRoutesDeps {
  db: Knex;
  now: () => Date;
  /** Whether the brand exists in the account (registration answers). */
  brandExists: (accountId: string, brandId: string) => Promise<boolean>;
}

export const actorOf = (request: FastifyRequest): Actor => {
  const caller = callerOf(request);
  return caller.user ? `user:${caller.user.userId}` : `api-key:${caller.keyId}`;
};

async function withBrands(db: Knex, user: StoredUser) {
  return publicUser(user, (await brandsOf(db, [user.id])).get(user.id) ?? []);
}

/** Creates a user after checking the password; 409 EMAIL_TAKEN when the address has a user already. */
export async function createUser(
  db: Knex,
  accountId: string,
  input: NewUser & { password: string },
  now: Date,
) {
  const weak = passwordProblem(input.password, input.email);
  if (weak) throw new ValidationError([{ field: 'password', message: weak }]);
  const user = await insertUser(db, accountId, input, await hashPassword(input.password), now);
  if (!user) throw new ConflictError('EMAIL_TAKEN', `${input.email} already has a user`);
  return publicUser(user, []);
}

/** /v1/users: an account's users, their roles and their roles on brands. */
export function userRoutes({ db, now, brandExists }: UserRoutesDeps) {
  async function found(request: FastifyRequest<{ Params: { userId: string } }>) {
    const user = await userById(db, callerOf(request).accountId, request.params.userId);
    if (!user) throw new NotFoundError('USER_NOT_FOUND', `User ${request.params.userId} does not exist`);
    return user;
  }
  const record = (
    request: FastifyRequest,
    action: string,
    target: string,
    detail?: Record<string, unknown>,
  ) =>
    audit(
      db,
      {
        accountId: callerOf(request).accountId,
        actor: actorOf(request),
        action,
        target,
        ip: request.ip,
        ...(detail ? { detail } : {}),
      },
      now(),
    );

  return async (app: FastifyInstance) => {
    app.get(
      '/v1/users',
      {
        schema: {
          tags,
          summary: "The account's users",
          response: {
            200: {
              type: 'object',
              required: ['data'],
              properties: { data: { type: 'array', items: userResponse } },
            },
            '4xx': problem,
          },
        },
      },
      async (request) => {
        const caller = callerOf(request);
        requireScope(caller, 'users:read');
        const users = await usersOf(db, caller.accountId);
        const brands = await brandsOf(
          db,
          users.map((u) => u.id),
        );
        return { data: users.map((u) => publicUser(u, brands.get(u.id) ?? [])) };
      },
    );

    app.post<{ Body: NewUser & { password: string } }>(
      '/v1/users',
      {
        config: NOT_IDEMPOTENT,
        schema: {
          tags,
          summary: 'Add a user to the account',
          description: NO_IDEMPOTENCY,
          body: newUserBody,
          response: { 201: userResponse, '4xx': problem },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        requireScope(caller, 'users:write');
        const user = await createUser(db, caller.accountId, request.body, now());
        await record(request, 'user.created', `user:${user.id}`, { role: user.role });
        return reply.code(201).send(user);
      },
    );

    app.get<{ Params: { userId: string } }>(
      '/v1/users/:userId',
      {
        schema: {
          tags,
          summary: 'A user',
          params: userParams,
          response: { 200: userResponse, '4xx': problem },
        },
      },
      async (request) => {
        requireScope(callerOf(request), 'users:read');
        return withBrands(db, await found(request));
      },
    );

    app.patch<{
      Params: { userId: string };
      Body: { role?: Role; isActive?: boolean; firstName?: string; lastName?: string };
    }>(
      '/v1/users/:userId',
      {
        schema: {
          tags,
          summary: "Change a user's role, names, or deactivate it (its sessions end)",
          params: userParams,
          body: userChangeBody,
          response: { 200: userResponse, '4xx': problem },
        },
      },
      async (request) => {
        const caller = callerOf(request);
        requireScope(caller, 'users:write');
        const user = await found(request);
        const { role, isActive } = request.body;
        const losesAdmin =
          user.role === 'admin' && user.isActive && ((role && role !== 'admin') || isActive === false);
        await db.transaction(async (trx) => {
          // The admins are locked while counted: two admins demoting each other at once are taken in turn.
          if (losesAdmin && (await activeAdminsLocked(trx, caller.accountId)) <= 1) {
            throw new ConflictError('LAST_ADMIN', 'The account must keep one active admin');
          }
          await updateUser(trx, user.id, request.body, now());
        });
        if (isActive === false) {
          await revokeSessionsOf(db, user.id, now());
          await spendResetsOf(db, user.id, now());
        }
        await record(request, 'user.updated', `user:${user.id}`, { ...request.body });
        return withBrands(db, (await userById(db, caller.accountId, user.id)) as StoredUser);
      },
    );

    app.put<{ Params: { userId: string; brandId: string }; Body: { role: BrandRole } }>(
      '/v1/users/:userId/brands/:brandId',
      {
        schema: {
          tags,
          summary: 'Give a user a role on a brand (owner, admin or member)',
          params: userBrandParams,
          body: {
            type: 'object',
            required: ['role'],
            additionalProperties: false,
            properties: { role: { type: 'string', enum: ['owner', 'admin', 'member'] } },
          },
          response: { 200: userResponse, '4xx': problem },
        },
      },
      async (request) => {
        const caller = callerOf(request);
        requireScope(caller, 'users:write');
        const user = await found(request);
        if (!(await brandExists(caller.accountId, request.params.brandId))) {
          throw new NotFoundError('BRAND_NOT_FOUND', `Brand ${request.params.brandId} does not exist`);
        }
        await setBrandRole(db, user.id, request.params.brandId, request.body.role, now());
        await record(request, 'user.brand-role-set', `user:${user.id}`, {
          brandId: request.params.brandId,
          role: request.body.role,
        });
        return withBrands(db, user);
      },
    );

    app.delete<{ Params: { userId: string; brandId: string } }>(
      '/v1/users/:userId/brands/:brandId',
      {
        schema: {
          tags,
          summary: "Take a user's role on a brand away",
          params: userBrandParams,
          response: { 200: userResponse, '4xx': problem },
        },
      },
      async (request) => {
        requireScope(callerOf(request), 'users:write');
        const user = await found(request);
        if (!(await removeBrandRole(db, user.id, request.params.brandId))) {
          throw new NotFoundError(
            'USER_BRAND_NOT_FOUND',
            `User ${user.id} has no role on brand ${request.params.brandId}`,
          );
        }
        await record(request, 'user.brand-role-removed', `user:${user.id}`, {
          brandId: request.params.brandId,
        });
        return withBrands(db, user);
      },
    );
  };
}
