import { createLogger } from '@longcode/kit';
import knex from 'knex';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import type { Authenticator, Caller } from '../keys/auth.js';
import type { DestinationSpread } from '../limits/destination-spread.js';
import type { RateLimits } from '../limits/rate-limits.js';
import { BRAND_RULES, brandGuard } from './brand-access.js';
import type { Owners } from './owners.js';

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

describe('Brand access > for a user limited to some brands', () => {
  const owners: Owners = {
    brand: async () => null,
    brandOfCampaign: async (_, campaignId) =>
      ({ 'camp-mine': 'brand-mine', 'camp-theirs': 'brand-theirs' })[campaignId] ?? null,
    campaignOfMessage: async () => null,
  };
  const guard = brandGuard(owners);
  const caller: Caller = {
    accountId: 'acct',
    keyId: 'user:u1',
    scopes: [],
    limitPerMinute: null,
    limitPerHour: null,
    user: { userId: 'u1', sessionId: 's1', role: 'user', brands: new Map([['brand-mine', 'admin']]) },
  };
  const request = (route: string, parts: { body?: unknown; query?: unknown; params?: unknown }) => {
    const [method, url] = route.split(' ');
    return { method, routeOptions: { url }, caller, body: {}, query: {}, params: {}, ...parts } as never;
  };
  const refusal = (promise: Promise<void>) =>
    promise.then(
      () => null,
      (error: { code: string; statusCode?: number; status?: number }) => error.code,
    );

  it('drafts a campaign only under a brand held, whatever the query string names', async () => {
    expect(
      await refusal(guard(request('POST /v1/campaigns', { body: { brandId: 'brand-mine' } }))),
    ).toBeNull();
    const crafted = request('POST /v1/campaigns', {
      body: { brandId: 'brand-theirs' },
      query: { brandId: 'brand-mine' },
    });
    expect(await refusal(guard(crafted))).toBe('BRAND_NOT_FOUND');
  });

  it("lints a campaign only for a brand held: another brand's id answers as a missing one", async () => {
    expect(
      await refusal(guard(request('POST /v1/campaigns/lint', { body: { brandId: 'brand-theirs' } }))),
    ).toBe('BRAND_NOT_FOUND');
    expect(
      await refusal(guard(request('POST /v1/campaigns/lint', { body: { brandId: 'brand-mine' } }))),
    ).toBeNull();
  });

  it('reads a path parameter from the path only, not from the query string or the body', async () => {
    const crafted = request('GET /v1/campaigns/:campaignId', {
      params: { campaignId: 'camp-theirs' },
      query: { campaignId: 'camp-mine' },
      body: { campaignId: 'camp-mine' },
    });
    expect(await refusal(guard(crafted))).toBe('CAMPAIGN_NOT_FOUND');
  });
});
