import { trace } from '@opentelemetry/api';
import { ATTR_HTTP_ROUTE } from '@opentelemetry/semantic-conventions';
import {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  fastify,
} from 'fastify';
import type { Registry } from 'prom-client';
import { createMetricsRegistry, registerMetrics } from './http-metrics.js';
import { type ReadinessCheck, registerProbes } from './http-probes.js';
import { PROBLEM_CONTENT_TYPE, problemFor, toProblem } from './http-problem.js';

export interface HttpAppOptions {
  /** Used as fastify's own logger: a pino Logger from createLogger. */
  logger: FastifyBaseLogger;
  service: string;
  readiness?: readonly ReadinessCheck[];
  /** Register the service's own metrics here; a fresh registry with default Node metrics unless given. */
  metricsRegistry?: Registry;
  /** How long one readiness check may take before it counts as failing; 2 s unless given. */
  readinessTimeoutMs?: number;
  /**
   * The proxies whose X-Forwarded-For gives `request.ip` (see trustedProxies); none unless given: the
   * client is then the peer of the connection, and the header is not believed.
   */
  trustProxy?: string[];
}

/**
 * A fastify instance with probes, metrics and problem+json errors, not listening:
 * `main.ts` calls `listen`, tests call `inject`. Services add their routes to it.
 */
export function buildHttpApp(options: HttpAppOptions): FastifyInstance {
  const { logger, service, readiness = [], readinessTimeoutMs = 2000 } = options;
  const app: FastifyInstance = fastify({
    loggerInstance: logger,
    trustProxy: options.trustProxy ?? false,
    // Report every bad field at once, not only the first (bodies stay bounded by fastify's 1 MiB bodyLimit),
    // and refuse a field a schema does not take instead of dropping it silently (fastify's default).
    ajv: { customOptions: { allErrors: true, removeAdditional: false } },
    // What the router refuses before any route (a path parameter over its length, a malformed URL) is a
    // problem like every other refusal.
    frameworkErrors: (error, _request, reply: FastifyReply) => {
      const problem = toProblem(error);
      reply.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
    },
  });
  app.addHook('onRequest', async (request) => nameServerSpan(request));
  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: problem.code, status: problem.status }, 'request refused');
    return reply.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    const problem = problemFor('ROUTE_NOT_FOUND', 404, `No route for ${request.method} ${path}`);
    return reply.status(404).type(PROBLEM_CONTENT_TYPE).send(problem);
  });
  registerProbes(app, readiness, readinessTimeoutMs);
  registerMetrics(app, options.metricsRegistry ?? createMetricsRegistry(service));
  return app;
}

/** Without a fastify instrumentation the server span only knows the path; give it the route. */
function nameServerSpan(request: FastifyRequest): void {
  const route = request.routeOptions.url;
  const span = trace.getActiveSpan();
  if (!span || !route) return;
  span.setAttribute(ATTR_HTTP_ROUTE, route);
  span.updateName(`${request.method} ${route}`);
}
