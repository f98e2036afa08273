import { createLogger } from '@longcode/kit';
import knex from 'knex';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import type { Authenticator } from '../keys/auth.js';
import type { DestinationSpread } from '../limits/destination-spread.js';
import type { RateLimits } from '../limits/rate-limits.js';
import { BRAND_RULES } from './brand-access.js';

async function partnerRoutes(): Promise<string[]> {
  const app = buildApp({
    logger: createLogger({ level: 'silent', service: 'gateway' }),
    // Never queried: the app is only built, not called.
    db: knex({ client: 'mysql2' }),
    auth: {} as Authenticator,
    limits: {} as RateLimits,
    spread: {} as DestinationSpread,
    operatorToken: 'x'.repeat(32),
    upstreams: { dispatch: '', registration: '', numbers: '', compliance: '' },
    readiness: [],
  });
  const routes: string[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD' && route.url.startsWith('/v1/')) routes.push(`${method} ${route.url}`);
    }
  });
  await app.ready();
  await app.close();
  return routes;
}

const signedOut = ['POST /v1/sessions', 'POST /v1/password-resets', 'POST /v1/password-resets/confirm'];

describe('Brand access', () => {
  it('classifies every /v1 route a signed-in user can call (a new route must say how brands limit it)', async () => {
    const routes = (await partnerRoutes()).filter((route) => !signedOut.includes(route));
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((route) => !(route in BRAND_RULES))).toEqual([]);
  });
});
