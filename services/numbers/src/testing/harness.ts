import { randomUUID } from 'node:crypto';
import { topicOf } from '@longcode/contracts';
import {
  applyOnce,
  type ConsumedEvent,
  createDatabase,
  createEventStore,
  type Database,
  type EventStore,
  migrate,
  type RecordedEvent,
} from '@longcode/eventstore';
import { createLogger } from '@longcode/kit';
import { createTestDatabase, stackFromEnv } from '@longcode/testing';
import { buildApp } from '../app.js';
import { campaignsMigration } from '../campaigns/campaigns.js';
import { createCampaignHandler } from '../campaigns/expiry.js';
import { inventoryMigration, portInAuthorisationMigration } from '../inventory/inventory.js';
import { createProvisioner } from '../provisioning/provisioner.js';
import { createReconciler } from '../provisioning/reconciler.js';
import { fakeNumberProvider } from './fake-provider.js';

const consumed = (event: RecordedEvent): ConsumedEvent => ({
  ...event,
  topic: topicOf(event.type as Parameters<typeof topicOf>[0]),
  partition: 0,
  offset: String(event.position),
  publishedAt: new Date(),
});

/**
 * The numbers service in-process on a real database: its HTTP app, and its consumers driven with the
 * events its store recorded (Kafka carries them in production; the e2e tests run that path).
 */
export async function startNumbersHarness() {
  const database = await createTestDatabase(stackFromEnv(process.env).mysqlUrl, 'numbers');
  const db: Database = createDatabase({ url: database.url });
  await migrate(db, [inventoryMigration, campaignsMigration, portInAuthorisationMigration]);
  const store: EventStore = createEventStore({ db, topicOf, source: 'numbers' });
  const fake = fakeNumberProvider();
  const logger = createLogger({ level: 'silent', service: 'numbers' });
  const deps = { db, store, provider: fake.provider, logger };
  const app = buildApp({ ...deps, providerName: 'telnyx', readiness: [] });
  const provisioner = createProvisioner(deps);
  const campaignHandler = createCampaignHandler(deps);
  const reconciler = createReconciler({ ...deps, intervalMs: 60_000, graceMs: 0 });
  let position = 0;

  return {
    app,
    db,
    fake,
    /** Runs the provisioner over every event recorded since the last call (as its consumer would). */
    async provision() {
      for (;;) {
        const events = await store.readAll({ after: position, limit: 500 });
        if (events.length === 0) return;
        position = events.at(-1)?.position ?? position;
        for (const event of events) {
          const one = consumed(event);
          await applyOnce(
            db,
            'numbers.provisioner',
            [one],
            (_, trx) => provisioner(one, trx),
            () => new Date(),
          );
        }
      }
    },
    /** Delivers registration's campaign events, as the numbers.campaigns consumer would. */
    async campaignEvents(
      ...events: Array<{ type: string; data: Record<string, unknown>; accountId?: string }>
    ) {
      const batch = events.map((e, i) => ({
        eventId: randomUUID(),
        type: `longcode.registration.${e.type}`,
        streamId: `campaign-${e.data.campaignId}`,
        version: i + 1,
        occurredAt: new Date(),
        accountId: e.accountId ?? 'acct-1',
        correlationId: randomUUID(),
        causationId: null,
        traceparent: null,
        tracestate: null,
        data: e.data,
        topic: 'registration.campaign.v1',
        partition: 0,
        offset: String(i),
        publishedAt: new Date(),
      }));
      await applyOnce(db, 'numbers.campaigns', batch, campaignHandler, () => new Date());
    },
    reconcile: () => reconciler.runOnce(),
    async stop() {
      await reconciler.stop();
      await app.close();
      await db.destroy();
      await database.drop();
    },
  };
}
