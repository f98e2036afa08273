import type { Database, EventStore } from '@longcode/eventstore';
import { buildHttpApp, type Logger, type ReadinessCheck } from '@longcode/kit';
import type { SmsProvider } from '@longcode/providers';
import { webhookRoutes } from './webhooks/http.js';

export interface AppDeps {
  logger: Logger;
  db: Database;
  store: EventStore;
  providers: Record<string, SmsProvider>;
  publicUrl: string;
  readiness: ReadinessCheck[];
}

/** The receipts service's HTTP app (not listening: main.ts listens, tests inject). */
export function buildApp({ logger, db, store, providers, publicUrl, readiness }: AppDeps) {
  const app = buildHttpApp({ logger, service: 'receipts', readiness });
  app.register(webhookRoutes({ db, store, providers, publicUrl }));
  return app;
}
