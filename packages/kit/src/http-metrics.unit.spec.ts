import type { FastifyInstance } from 'fastify';
import { Counter } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { buildHttpApp } from './http.js';
import { createMetricsRegistry } from './http-metrics.js';
import { createCapturedLogger } from './log-capture.js';

describe('buildHttpApp > /metrics', () => {
  const apps: FastifyInstance[] = [];
  const build = (options: Partial<Parameters<typeof buildHttpApp>[0]> = {}) => {
    const app = buildHttpApp({ logger: createCapturedLogger().logger, service: 'dispatch', ...options });
    apps.push(app);
    return app;
  };
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.close()));
  });

  describe('after a request to a route', () => {
    it('exposes its duration in the histogram, labelled by method, route and status code', async () => {
      const app = build();
      app.get('/brands/:id', async () => ({ id: 'b1' }));
      await app.inject({ url: '/brands/b1' });
      const response = await app.inject({ url: '/metrics' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/plain');
      expect(response.body).toContain('# TYPE http_request_duration_seconds histogram');
      const count = response.body
        .split('\n')
        .find((line) => line.startsWith('http_request_duration_seconds_count'));
      expect(count).toContain('method="GET"');
      expect(count).toContain('route="/brands/:id"');
      expect(count).toContain('status_code="200"');
      expect(count).toMatch(/\} 1$/);
    });
  });

  describe('after a request matching no route', () => {
    it('labels it "unmatched" rather than with the raw path', async () => {
      const app = build();
      await app.inject({ url: '/wp-admin/123' });
      const { body } = await app.inject({ url: '/metrics' });
      expect(body).toContain('route="unmatched"');
      expect(body).not.toContain('wp-admin');
    });
  });

  describe('always', () => {
    it('exposes the default Node metrics', async () => {
      const { body } = await build().inject({ url: '/metrics' });
      expect(body).toContain('process_cpu_user_seconds_total');
      expect(body).toContain('nodejs_eventloop_lag_seconds');
    });

    it("keeps each app's metrics apart (no global registry)", async () => {
      const first = build();
      const second = build();
      await first.inject({ url: '/healthz' });
      const { body } = await second.inject({ url: '/metrics' });
      expect(body).not.toContain('route="/healthz"');
    });
  });

  describe('with a registry the service passes in', () => {
    it("exposes the service's own metrics next to the defaults", async () => {
      const registry = createMetricsRegistry('dispatch');
      new Counter({ name: 'messages_accepted_total', help: 'Accepted messages', registers: [registry] }).inc(
        3,
      );
      const { body } = await build({ metricsRegistry: registry }).inject({ url: '/metrics' });
      expect(body).toContain('messages_accepted_total{service="dispatch"} 3');
      expect(body).toContain('http_request_duration_seconds');
    });
  });
});
