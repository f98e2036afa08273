import type { Database, EventStore } from '@longcode/eventstore';
import { buildHttpApp, type Logger, type ReadinessCheck } from '@longcode/kit';
import { settingsRoutes } from './campaigns/http.js';
import { messageRoutes } from './message/http.js';

export interface AppDeps {
  logger: Logger;
  db: Database;
  store: EventStore;
  readiness: ReadinessCheck[];
  now?: () => Date;
}

/** The dispatch service's HTTP app (not listening: main.ts listens, tests inject). */
export function buildApp({ logger, db, store, readiness, now }: AppDeps) {
  const app = buildHttpApp({ logger, service: 'dispatch', readiness });
  app.register(messageRoutes({ db, store, ...(now ? { now } : {}) }));
  app.register(settingsRoutes({ db }));
  return app;
}
