import type { EventStore } from '@longcode/eventstore';
import { buildHttpApp, type Logger, type ReadinessCheck } from '@longcode/kit';
import { consentRoutes } from './consent/http.js';

export interface AppDeps {
  logger: Logger;
  store: EventStore;
  readiness: ReadinessCheck[];
}

/** The compliance service's HTTP app (not listening: main.ts listens, tests inject). */
export function buildApp({ logger, store, readiness }: AppDeps) {
  const app = buildHttpApp({ logger, service: 'compliance', readiness });
  app.register(consentRoutes({ store }));
  return app;
}
