import type { Database, EventStore } from '@longcode/eventstore';
import { buildHttpApp, type Logger, type ReadinessCheck } from '@longcode/kit';
import type { NumberProvider } from '@longcode/numbering';
import { inventoryRoutes } from './inventory/http.js';
import { numberRoutes } from './number/http.js';
import { portInRoutes } from './number/port-in-http.js';

export interface AppDeps {
  logger: Logger;
  db: Database;
  store: EventStore;
  provider: NumberProvider;
  providerName: string;
  readiness: ReadinessCheck[];
}

/** The numbers service's HTTP app (not listening: main.ts listens, tests inject). */
export function buildApp({ logger, db, store, provider, providerName, readiness }: AppDeps) {
  const app = buildHttpApp({ logger, service: 'numbers', readiness });
  app.register(numberRoutes({ db, store, provider, providerName }));
  app.register(portInRoutes({ db, store, providerName }));
  app.register(inventoryRoutes({ db, provider }));
  return app;
}
