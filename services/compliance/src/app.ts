import type { Database, EventStore } from '@longcode/eventstore';
import { buildHttpApp, type Logger, type ReadinessCheck } from '@longcode/kit';
import { consentRoutes } from './consent/http.js';
import { inboundRoutes } from './inbound/http.js';
import { optOutRoutes } from './opt-outs/http.js';

export interface AppDeps {
  logger: Logger;
  db: Database;
  store: EventStore;
  readiness: ReadinessCheck[];
  now?: () => Date;
}

/** The compliance service's HTTP app (not listening: main.ts listens, tests inject). */
export function buildApp({ logger, db, store, readiness, now }: AppDeps) {
  const app = buildHttpApp({ logger, service: 'compliance', readiness });
  const deps = { db, store, ...(now ? { now } : {}) };
  app.register(consentRoutes(deps));
  app.register(optOutRoutes(deps));
  app.register(inboundRoutes({ db }));
  return app;
}
