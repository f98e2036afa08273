import type { FastifyInstance } from 'fastify';
import { withTimeout } from './timeout.js';

/** Something the service cannot serve without (its database, Kafka); `check` rejects when it is unusable. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

export interface CheckResult {
  name: string;
  status: 'ok' | 'failing';
  message?: string;
}

/**
 * `/healthz`: the process is alive (never restart it for a dependency's sake).
 * `/readyz`: every readiness check passes, or 503 naming each failing one.
 */
export function registerProbes(app: FastifyInstance, checks: readonly ReadinessCheck[], timeoutMs: number) {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (request, reply) => {
    const results = await Promise.all(checks.map((check) => runCheck(check, timeoutMs)));
    const failing = results.filter((result) => result.status === 'failing');
    if (failing.length === 0) return { status: 'ok', checks: results };
    request.log.warn({ failing }, 'not ready');
    return reply.status(503).send({ status: 'unavailable', checks: results });
  });
}

async function runCheck(check: ReadinessCheck, timeoutMs: number): Promise<CheckResult> {
  try {
    await withTimeout(() => check.check(), timeoutMs, `readiness check ${check.name}`);
    return { name: check.name, status: 'ok' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { name: check.name, status: 'failing', message };
  }
}
