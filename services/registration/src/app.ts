import type { Database, EventStore } from '@longcode/eventstore';
import { buildHttpApp, type Logger, type ReadinessCheck } from '@longcode/kit';
import type { RegistrationProvider } from '@longcode/tcr';
import { brandRoutes } from './brand/http.js';
import { campaignRoutes } from './campaign/http.js';
import { registrationWebhookRoutes } from './registry/webhooks.js';

export interface AppDeps {
  logger: Logger;
  db: Database;
  store: EventStore;
  provider: RegistrationProvider;
  providerName: string;
  readiness: ReadinessCheck[];
}

/** The registration service's HTTP app (not listening: main.ts listens, tests inject). */
export function buildApp({ logger, db, store, provider, providerName, readiness }: AppDeps) {
  const app = buildHttpApp({ logger, service: 'registration', readiness });
  app.register(brandRoutes({ store }));
  app.register(campaignRoutes({ store, db }));
  app.register(registrationWebhookRoutes({ db, store, provider, providerName }));
  return app;
}
