import { createLogger } from '@longcode/kit';
import { fastify } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { telnyxMessagingRoutes } from './http.js';
import type { Intake } from './intake.js';

const apps: Array<ReturnType<typeof fastify>> = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

/** The route alone, over an intake that takes everything, with the webhook queue full or not. */
function route({ saturated, latencyMs = 0 }: { saturated: boolean; latencyMs?: number }) {
  const counted = { submitted: 0, rateLimited: 0, sends: 0 };
  const intake = {
    submit: () => {
      counted.submitted += 1;
      return { ok: true, body: { data: { id: 'm-1' } } };
    },
    rateLimited: () => {
      counted.rateLimited += 1;
    },
  } as unknown as Intake;
  const app = fastify({ loggerInstance: createLogger({ level: 'silent', service: 'simulator' }) });
  apps.push(app);
  app.register(
    telnyxMessagingRoutes({
      intake,
      rateLimiter: { take: () => ({ allowed: true, headers: {} }) },
      onSend: () => {
        counted.sends += 1;
      },
      saturated: () => saturated,
      latencyMs,
    }),
  );
  return { app, counted };
}

describe('POST /messages', () => {
  it('answers a send only after the API latency it is given', async () => {
    const { app } = route({ saturated: false, latencyMs: 150 });
    const started = performance.now();
    const response = await app.inject({ method: 'POST', url: '/messages', payload: { to: '+13125550002' } });
    expect(response.statusCode).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(149);
  });

  it('takes a send and tells the deliveries to give way', async () => {
    const { app, counted } = route({ saturated: false });
    const response = await app.inject({ method: 'POST', url: '/messages', payload: { to: '+13125550002' } });
    expect(response.statusCode).toBe(200);
    expect(counted).toEqual({ submitted: 1, rateLimited: 0, sends: 1 });
  });

  describe('while the webhooks waiting fill their queue', () => {
    it('refuses the send as Telnyx refuses one over its rate: 429, 10011, Retry-After', async () => {
      const { app, counted } = route({ saturated: true });
      const response = await app.inject({
        method: 'POST',
        url: '/messages',
        payload: { to: '+13125550002' },
      });
      expect(response.statusCode).toBe(429);
      expect(response.headers['retry-after']).toBe('1');
      expect(response.json()).toMatchObject({ errors: [{ code: '10011', title: 'Too many requests' }] });
      expect(counted).toEqual({ submitted: 0, rateLimited: 1, sends: 1 });
    });
  });
});
