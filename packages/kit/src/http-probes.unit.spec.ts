import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildHttpApp } from './http.js';
import type { ReadinessCheck } from './http-probes.js';
import { createCapturedLogger } from './log-capture.js';

const passing = (name: string): ReadinessCheck => ({ name, check: async () => {} });
const failing = (name: string, message: string): ReadinessCheck => ({
  name,
  check: async () => {
    throw new Error(message);
  },
});

describe('buildHttpApp > probes', () => {
  let app: FastifyInstance;
  const build = (readiness: ReadinessCheck[], readinessTimeoutMs?: number) => {
    app = buildHttpApp({
      logger: createCapturedLogger().logger,
      service: 'test',
      readiness,
      readinessTimeoutMs,
    });
    return app;
  };
  afterEach(async () => app.close());

  describe('/healthz > while the process runs', () => {
    it('answers 200 ok even when a dependency is down', async () => {
      const response = await build([failing('mysql', 'down')]).inject({ url: '/healthz' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ok' });
    });
  });

  describe('/readyz > when every check passes', () => {
    it('answers 200 listing the checks', async () => {
      const response = await build([passing('mysql'), passing('kafka')]).inject({ url: '/readyz' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        status: 'ok',
        checks: [
          { name: 'mysql', status: 'ok' },
          { name: 'kafka', status: 'ok' },
        ],
      });
    });
  });

  describe('/readyz > when a check fails', () => {
    it('answers 503 naming the failing check and its message', async () => {
      const app = build([passing('mysql'), failing('kafka', 'no broker reachable')]);
      const response = await app.inject({ url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({
        status: 'unavailable',
        checks: [
          { name: 'mysql', status: 'ok' },
          { name: 'kafka', status: 'failing', message: 'no broker reachable' },
        ],
      });
    });
  });

  describe('/readyz > when a check hangs', () => {
    it('answers 503 once the check timeout passes', async () => {
      const hanging: ReadinessCheck = { name: 'redis', check: () => new Promise(() => {}) };
      const response = await build([hanging], 20).inject({ url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.json().checks).toEqual([
        { name: 'redis', status: 'failing', message: 'readiness check redis did not finish within 20 ms' },
      ]);
    });
  });
});
