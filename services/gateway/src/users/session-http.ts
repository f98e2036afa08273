import { problemResponse as problem } from '@longcode/contracts';
import { DomainError, type Logger, ValidationError } from '@longcode/kit';
import type { FastifyInstance } from 'fastify';
import type { Knex } from 'knex';
import { audit } from './audit.js';
import type { Mailer } from './mailer.js';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';
import { issueReset, RESET_TTL_MS, resetOwner, useReset } from './resets.js';
import { email, password, sessionResponse } from './schemas.js';
import { openSession, revokeSessionsOf } from './sessions.js';
import {
  brandsOf,
  normalEmail,
  publicUser,
  recordLogin,
  setPassword,
  userByEmail,
  userByIdAnyAccount,
} from './store.js';
import type { LoginThrottle } from './throttle.js';
import { parseToken } from './tokens.js';

const tags = ['Sessions'];

export interface SignInDeps {
  db: Knex;
  throttle: LoginThrottle;
  mailer: Mailer | undefined;
  logger: Logger;
  now: () => Date;
}

const loginFailed = () =>
  new DomainError('LOGIN_FAILED', 'The email or the password is wrong', { status: 401 });

/**
 * Signing in, and resetting a forgotten password: the routes that need no credential. None of them
 * tells whether an address has a user (same answer, same work, and addresses lock alike).
 */
export function signInRoutes({ db, throttle, mailer, logger, now }: SignInDeps) {
  return async (app: FastifyInstance) => {
    app.post<{ Body: { email: string; password: string } }>(
      '/v1/sessions',
      {
        schema: {
          tags,
          summary: 'Sign in with email and password: a session token for `Authorization: Bearer lcs_…`',
          description: `Five wrong passwords in a row lock the address from the caller's IP for 15 minutes, and fifty from anywhere lock it for everyone (429 LOGIN_LOCKED).`,
          security: [],
          body: {
            type: 'object',
            required: ['email', 'password'],
            additionalProperties: false,
            properties: { email, password },
          },
          response: { 201: sessionResponse, '4xx': problem },
        },
      },
      async (request, reply) => {
        const address = normalEmail(request.body.email);
        const at = now();
        const attempt = await throttle.attempt(address, request.ip, at);
        const locked = attempt.lockedMs;
        if (locked > 0) {
          reply.header('retry-after', Math.ceil(locked / 1000));
          throw new DomainError(
            'LOGIN_LOCKED',
            'Too many failed sign-ins for this address; try again later',
            {
              status: 429,
              details: { retryAfterSeconds: Math.ceil(locked / 1000) },
            },
          );
        }
        const user = await userByEmail(db, address);
        const matches = await verifyPassword(user?.passwordHash ?? null, request.body.password);
        if (!user || !matches || !user.isActive) {
          if (user) {
            const action = attempt.locksNow ? 'login.locked' : 'login.failed';
            await audit(
              db,
              {
                accountId: user.accountId,
                actor: `anonymous:${request.ip}`,
                action,
                target: `user:${user.id}`,
                ip: request.ip,
              },
              at,
            );
          }
          throw loginFailed();
        }
        await throttle.succeeded(address, request.ip);
        await recordLogin(db, user.id, at);
        const session = await openSession(
          db,
          user.id,
          { ip: request.ip, userAgent: request.headers['user-agent'] },
          at,
        );
        await audit(
          db,
          { accountId: user.accountId, actor: `user:${user.id}`, action: 'login.succeeded', ip: request.ip },
          at,
        );
        const brands = (await brandsOf(db, [user.id])).get(user.id) ?? [];
        return reply.code(201).send({
          token: session.token,
          expiresAt: session.expiresAt.toISOString(),
          user: publicUser({ ...user, lastLoginAt: at.toISOString() }, brands),
        });
      },
    );

    app.post<{ Body: { email: string } }>(
      '/v1/password-resets',
      {
        schema: {
          tags,
          summary: 'Mail a password-reset token to this address, if it has a user (the answer is the same)',
          security: [],
          body: { type: 'object', required: ['email'], additionalProperties: false, properties: { email } },
          response: {
            202: { type: 'object', required: ['accepted'], properties: { accepted: { type: 'boolean' } } },
            '4xx': problem,
            503: problem,
          },
        },
      },
      async (request, reply) => {
        if (!mailer)
          throw new DomainError('MAIL_NOT_CONFIGURED', 'Password resets need a mail provider (MAIL_URL)', {
            status: 503,
          });
        const at = now();
        // After the answer: its timing must not tell whether the address has a user.
        setImmediate(() => {
          void (async () => {
            const user = await userByEmail(db, request.body.email);
            if (!user?.isActive) return;
            const token = await issueReset(db, user.id, at);
            if (!token) return;
            await mailer.send({
              to: user.email,
              subject: 'Reset your Longcode password',
              text: `Someone asked to reset the password of ${user.email}. If it was you, use this token within ${RESET_TTL_MS / 60_000} minutes:\n\n${token}\n\nIf not, ignore this mail.`,
            });
            await audit(
              db,
              {
                accountId: user.accountId,
                actor: `anonymous:${request.ip}`,
                action: 'password.reset-requested',
                target: `user:${user.id}`,
                ip: request.ip,
              },
              at,
            );
          })().catch((err) => logger.error({ err }, 'password reset mail failed'));
        });
        return reply.code(202).send({ accepted: true });
      },
    );

    app.post<{ Body: { token: string; password: string } }>(
      '/v1/password-resets/confirm',
      {
        schema: {
          tags,
          summary: 'Set a new password with a reset token (once; every session of the user ends)',
          security: [],
          body: {
            type: 'object',
            required: ['token', 'password'],
            additionalProperties: false,
            properties: { token: { type: 'string', minLength: 1, maxLength: 100 }, password },
          },
          response: {
            200: { type: 'object', required: ['reset'], properties: { reset: { type: 'boolean' } } },
            '4xx': problem,
          },
        },
      },
      async (request) => {
        const at = now();
        const hash = parseToken('lcr', request.body.token);
        const invalid = () =>
          new DomainError('RESET_TOKEN_INVALID', 'The reset token is unknown, used or expired', {
            status: 400,
          });
        const ownerId = hash ? await resetOwner(db, hash, at) : null;
        const owner = ownerId ? await userByIdAnyAccount(db, ownerId) : null;
        if (!hash || !owner?.isActive) throw invalid();
        // The password is checked before the token is spent, so a weak one does not waste it.
        const weak = passwordProblem(request.body.password, owner.email);
        if (weak) throw new ValidationError([{ field: 'password', message: weak }]);
        const userId = await useReset(db, hash, at);
        if (userId !== owner.id) throw invalid();
        await setPassword(db, userId, await hashPassword(request.body.password), at);
        await revokeSessionsOf(db, userId, at);
        await throttle.succeeded(owner.email, request.ip);
        await audit(
          db,
          { accountId: owner.accountId, actor: `user:${userId}`, action: 'password.reset', ip: request.ip },
          at,
        );
        return { reset: true };
      },
    );
  };
}
