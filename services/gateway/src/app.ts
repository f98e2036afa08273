import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { buildHttpApp, type Logger, type ReadinessCheck } from '@longcode/kit';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Knex } from 'knex';
import { operatorRoutes } from './accounts/http.js';
import { callbackRoutes } from './callbacks/http.js';
import { subscriptionRoutes } from './callbacks/subscriptions-http.js';
import { idempotencyHooks } from './idempotency/hooks.js';
import type { Authenticator } from './keys/auth.js';
import { callerOf } from './keys/caller.js';
import { keyRoutes } from './keys/http.js';
import type { DestinationSpread } from './limits/destination-spread.js';
import { RateLimitedError, type RateLimitState, type RateLimits } from './limits/rate-limits.js';
import { forwardedRoutes } from './upstream/routes.js';
import { brandGuard } from './users/brand-access.js';
import type { Mailer } from './users/mailer.js';
import { meRoutes } from './users/me-http.js';
import { createOwners } from './users/owners.js';
import { createSessionAuthenticator } from './users/session-auth.js';
import { signInRoutes } from './users/session-http.js';
import { createLoginThrottle } from './users/throttle.js';
import { userRoutes } from './users/users-http.js';

export interface AppDeps {
  logger: Logger;
  db: Knex;
  auth: Authenticator;
  limits: RateLimits;
  spread: DestinationSpread;
  operatorToken: string;
  /** Whether webhook subscriptions may point at private addresses (local runs, tests). */
  allowPrivateCallbacks?: boolean;
  upstreams: { dispatch: string; registration: string; numbers: string; compliance: string };
  readiness: ReadinessCheck[];
  /** The proxies whose X-Forwarded-For names the client (TRUST_PROXY); none unless given. */
  trustProxy?: string[];
  /** Sends password-reset mail; without one, resets are refused (503). */
  mailer?: Mailer;
  now?: () => Date;
}

function rateLimitHeaders(reply: FastifyReply, state: RateLimitState) {
  reply.header('ratelimit-limit', state.limit);
  reply.header('ratelimit-remaining', state.remaining);
  reply.header('ratelimit-reset', state.resetSeconds);
}

/** Counts a request against its windows: RateLimit headers on the answer, Retry-After on a 429. */
async function limited(reply: FastifyReply, take: () => Promise<RateLimitState>): Promise<void> {
  try {
    rateLimitHeaders(reply, await take());
  } catch (error) {
    if (error instanceof RateLimitedError) {
      rateLimitHeaders(reply, error.state);
      reply.header('retry-after', error.state.resetSeconds);
    }
    throw error;
  }
}

/** The public partner API `/v1` (API keys), the operator's `/admin`, and the OpenAPI document. */
export function buildApp(deps: AppDeps): FastifyInstance {
  const now = deps.now ?? (() => new Date());
  const app = buildHttpApp({
    logger: deps.logger,
    service: 'gateway',
    readiness: deps.readiness,
    ...(deps.trustProxy ? { trustProxy: deps.trustProxy } : {}),
  });
  app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Longcode API',
        version: '1.0.0',
        description:
          'US A2P 10DLC messaging. Authenticate with `Authorization: Bearer <API key>`; every POST takes an ' +
          '`Idempotency-Key`; refusals are RFC 9457 problem+json with a stable `code`.',
      },
      components: {
        securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key (lc_…)' } },
      },
      security: [{ apiKey: [] }],
    },
  });
  app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const sessions = createSessionAuthenticator({ db: deps.db, now });
  const owners = createOwners(deps.upstreams);
  app.register(async (signedOut) => {
    signedOut.addHook('onRequest', async (_request, reply) => {
      await limited(reply, () => deps.limits.takeSignedOut(_request.ip));
    });
    signedOut.register(
      signInRoutes({
        db: deps.db,
        throttle: createLoginThrottle(deps.db),
        mailer: deps.mailer,
        logger: deps.logger,
        now,
      }),
    );
  });
  app.register(async (partner) => {
    const idempotency = idempotencyHooks(deps.db, now, (request) => {
      const caller = callerOf(request);
      return { accountId: caller.accountId, credentialId: caller.keyId };
    });
    partner.addHook('onRequest', async (request, reply) => {
      const session = /^Bearer\s+(lcs_\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
      request.caller = session
        ? await sessions.authenticate(session)
        : await deps.auth.authenticate(request.headers.authorization, request.ip);
      const caller = request.caller;
      await limited(reply, () => deps.limits.take(caller));
    });
    partner.addHook('preHandler', brandGuard(owners));
    partner.addHook('preHandler', idempotency.preHandler);
    partner.addHook('onSend', idempotency.onSend);
    partner.register(keyRoutes({ db: deps.db, auth: deps.auth, now }));
    partner.register(callbackRoutes({ db: deps.db, now }));
    partner.register(
      subscriptionRoutes({ db: deps.db, now, allowPrivate: deps.allowPrivateCallbacks ?? false }),
    );
    partner.register(meRoutes({ db: deps.db, now }));
    partner.register(
      userRoutes({
        db: deps.db,
        now,
        brandExists: async (accountId, brandId) => (await owners.brand(accountId, brandId)) !== null,
      }),
    );
    partner.register(
      forwardedRoutes(
        {
          dispatch: { url: deps.upstreams.dispatch, name: 'dispatch' },
          registration: { url: deps.upstreams.registration, name: 'registration' },
          numbers: { url: deps.upstreams.numbers, name: 'numbers' },
          compliance: { url: deps.upstreams.compliance, name: 'compliance' },
        },
        deps.spread,
      ),
    );
  });
  app.register(operatorRoutes({ db: deps.db, token: deps.operatorToken, now }));
  return app;
}
