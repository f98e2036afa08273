import type { Database } from '@longcode/eventstore';
import { buildHttpApp, type Logger, type ReadinessCheck } from '@longcode/kit';
import { brandDirectoryRoutes } from './brands/http.js';
import { sendableRoutes } from './sendable-http.js';

export interface AppDeps {
  logger: Logger;
  db: Database;
  readiness: ReadinessCheck[];
}

/** The analytics API over its read models (not listening: main.ts listens, tests inject). */
export function buildApp({ logger, db, readiness }: AppDeps) {
  const app = buildHttpApp({ logger, service: 'analytics', readiness });
  app.register(brandDirectoryRoutes({ db }));
  app.register(sendableRoutes({ db }));
  return app;
}
