import type { EventStore } from '@longcode/eventstore';
import { buildHttpApp, type Logger, type ReadinessCheck } from '@longcode/kit';
import { brandRoutes } from './brand/http.js';

export interface AppDeps {
  logger: Logger;
  store: EventStore;
  readiness: ReadinessCheck[];
}

/** The registration service's HTTP app (not listening: main.ts listens, tests inject). */
export function buildApp({ logger, store, readiness }: AppDeps) {
  const app = buildHttpApp({ logger, service: 'registration', readiness });
  app.register(brandRoutes({ store }));
  return app;
}
