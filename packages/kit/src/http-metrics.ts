import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

const DURATION_METRIC = 'http_request_duration_seconds';
/** Requests matching no route share one label value, so scanners cannot explode the series count. */
const UNMATCHED_ROUTE = 'unmatched';

/** A registry of its own per app (never prom-client's global one), with the default Node metrics. */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

/** `/metrics` in the Prometheus text format, and the request duration histogram behind it. */
export function registerMetrics(app: FastifyInstance, registry: Registry): void {
  const duration = requestDurationHistogram(registry);
  app.addHook('onResponse', async (request, reply) => {
    const labels = {
      method: request.method,
      route: request.routeOptions.url ?? UNMATCHED_ROUTE,
      status_code: String(reply.statusCode),
    };
    duration.observe(labels, reply.elapsedTime / 1000);
  });
  app.get('/metrics', async (_request, reply) => {
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}

function requestDurationHistogram(registry: Registry): Histogram<'method' | 'route' | 'status_code'> {
  const existing = registry.getSingleMetric(DURATION_METRIC);
  if (existing instanceof Histogram) return existing;
  return new Histogram({
    name: DURATION_METRIC,
    help: 'Duration of HTTP requests in seconds, by method, route and status code',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
}
