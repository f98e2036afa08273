import { problemResponse as problem } from '@longcode/contracts';
import { DomainError, ValidationError } from '@longcode/kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Knex } from 'knex';
import { NO_IDEMPOTENCY, NOT_IDEMPOTENT } from '../idempotency/opt-out.js';
import { requireScope } from '../keys/auth.js';
import { callerOf } from '../keys/caller.js';
import { audit, auditEventsOf } from './audit.js';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';
import { spendResetsOf } from './resets.js';
import { password, sessionResponse } from './schemas.js';
import { revokeSession, revokeSessionsOf } from './sessions.js';
import { brandsOf, publicUser, setPassword, userById } from './store.js';

const notASession = () =>
  new DomainError('SESSION_REQUIRED', 'This is for a signed-in user (a session), not an API key', {
    status: 400,
  });

function sessionOf(request: FastifyRequest) {
  const caller = callerOf(request);
  if (!caller.user) throw notASession();
  return { accountId: caller.accountId, ...caller.user };
}

const auditEvent = {
  type: 'object',
  required: ['id', 'actor', 'action', 'at'],
  properties: {
    id: { type: 'string' },
    actor: { type: 'string' },
    action: { type: 'string' },
    target: { type: ['string', 'null'] },
    detail: { type: ['object', 'null'], additionalProperties: true },
    ip: { type: ['string', 'null'] },
    at: { type: 'string' },
  },
} as const;

/** The signed-in user's own session and password, and the account's audit log. */
export function meRoutes({ db, now }: { db: Knex; now: () => Date }) {
  return async (app: FastifyInstance) => {
    app.get(
      '/v1/sessions/current',
      {
        schema: {
          tags: ['Sessions'],
          summary: 'Who is signed in',
          response: { 200: sessionResponse, '4xx': problem },
        },
      },
      async (request) => {
        const session = sessionOf(request);
        const user = await userById(db, session.accountId, session.userId);
        const expires = await db('user_sessions')
          .where({ session_id: session.sessionId })
          .first('expires_at');
        if (!user || !expires) throw notASession();
        return {
          expiresAt: new Date(expires.expires_at).toISOString(),
          user: publicUser(user, (await brandsOf(db, [user.id])).get(user.id) ?? []),
        };
      },
    );

    app.delete(
      '/v1/sessions/current',
      {
        schema: {
          tags: ['Sessions'],
          summary: 'Sign out (the token stops working at once)',
          response: { 204: { type: 'null', description: 'Done' }, '4xx': problem },
        },
      },
      async (request, reply) => {
        const session = sessionOf(request);
        await revokeSession(db, session.sessionId, now());
        await audit(
          db,
          {
            accountId: session.accountId,
            actor: `user:${session.userId}`,
            action: 'session.ended',
            ip: request.ip,
          },
          now(),
        );
        return reply.code(204).send();
      },
    );

    app.post<{ Body: { currentPassword: string; newPassword: string } }>(
      '/v1/users/me/password',
      {
        config: NOT_IDEMPOTENT,
        schema: {
          tags: ['Sessions'],
          summary: "Change one's own password (the user's other sessions end)",
          description: NO_IDEMPOTENCY,
          body: {
            type: 'object',
            required: ['currentPassword', 'newPassword'],
            additionalProperties: false,
            properties: { currentPassword: password, newPassword: password },
          },
          response: { 204: { type: 'null', description: 'Done' }, '4xx': problem },
        },
      },
      async (request, reply) => {
        const session = sessionOf(request);
        const user = await userById(db, session.accountId, session.userId);
        if (!user || !(await verifyPassword(user.passwordHash, request.body.currentPassword))) {
          throw new ValidationError([{ field: 'currentPassword', message: 'is not your current password' }]);
        }
        const weak = passwordProblem(request.body.newPassword, user.email);
        if (weak) throw new ValidationError([{ field: 'newPassword', message: weak }]);
        await setPassword(db, user.id, await hashPassword(request.body.newPassword), now());
        await revokeSessionsOf(db, user.id, now(), session.sessionId);
        await spendResetsOf(db, user.id, now());
        await audit(
          db,
          {
            accountId: session.accountId,
            actor: `user:${user.id}`,
            action: 'password.changed',
            ip: request.ip,
          },
          now(),
        );
        return reply.code(204).send();
      },
    );

    app.get<{ Querystring: { limit: number; cursor?: string } }>(
      '/v1/audit-events',
      {
        schema: {
          tags: ['Users'],
          summary: "The account's audit log, newest first: sign-ins, users, roles, keys, passwords",
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
              cursor: { type: 'string', pattern: '^[0-9]{1,19}$' },
            },
          },
          response: {
            200: {
              type: 'object',
              required: ['data', 'nextCursor'],
              properties: {
                data: { type: 'array', items: auditEvent },
                nextCursor: { type: ['string', 'null'] },
              },
            },
            '4xx': problem,
          },
        },
      },
      async (request) => {
        const caller = callerOf(request);
        requireScope(caller, 'audit:read');
        return auditEventsOf(db, caller.accountId, {
          limit: request.query.limit,
          ...(request.query.cursor ? { before: request.query.cursor } : {}),
        });
      },
    );
  };
}
