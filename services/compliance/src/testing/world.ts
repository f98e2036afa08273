import { randomUUID } from 'node:crypto';
import { topicOf } from '@longcode/contracts';
import {
  applyOnce,
  type BatchEventHandler,
  type ConsumedEvent,
  createDatabase,
  createEventStore,
  type Database,
  type EventStore,
  type Migration,
  migrate,
} from '@longcode/eventstore';
import { createLogger } from '@longcode/kit';
import { consumedEvent, createTestDatabase, stackFromEnv } from '@longcode/testing';
import { buildApp } from '../app.js';
import { directoryMigration, projectDirectory } from '../directory/directory.js';
import { createInboundHandler } from '../inbound/handle-inbound.js';
import { inboundMessagesMigration } from '../inbound/messages.js';
import { optOutsMigration } from '../opt-outs/opt-outs.js';

export const allMigrations = [directoryMigration, inboundMessagesMigration, optOutsMigration];

/** A number of an account, on a campaign of one of its brands (or on none). */
export interface OwnedNumber {
  accountId: string;
  phoneNumber: string;
  campaignId?: string;
  brandId?: string;
}

/**
 * Compliance on a fresh database of the test MySQL: its HTTP app (injected, not listening), the
 * directory fed as its consumer would, and inbound texts delivered through the inbound consumer's
 * transaction and inbox. `clock` moves the app's time.
 */
export async function createComplianceWorld(migrations: Migration[] = allMigrations) {
  const database = await createTestDatabase(stackFromEnv(process.env).mysqlUrl, 'compliance');
  const db: Database = createDatabase({ url: database.url });
  await migrate(db, migrations);
  const store: EventStore = createEventStore({ db, topicOf, source: 'compliance' });
  const logger = createLogger({ level: 'silent', service: 'compliance' });
  const clock = { now: new Date() };
  const app = buildApp({ logger, db, store, readiness: [], now: () => clock.now });
  const handle = createInboundHandler({ store, logger });
  const apply = (consumer: string, events: ConsumedEvent[], project: BatchEventHandler) =>
    applyOnce(db, consumer, events, project, () => new Date());

  return {
    db,
    store,
    app,
    clock,
    /** Makes the number the account's, on its campaign when given (as numbers and registration tell it). */
    async own({ accountId, phoneNumber, campaignId, brandId = randomUUID() }: OwnedNumber) {
      const event = (type: string, data: Record<string, unknown>) =>
        consumedEvent(type, data, { accountId }) as ConsumedEvent;
      const events = campaignId
        ? [
            event('longcode.registration.BrandCreated', { brandId, displayName: 'Acme Dental' }),
            event('longcode.registration.CampaignDrafted', {
              campaignId,
              brandId,
              accountId,
              helpMessage: null,
              optOutMessage: null,
              optInMessage: null,
              helpKeywords: ['HELP'],
              optOutKeywords: ['STOP'],
              optInKeywords: ['START'],
            }),
          ]
        : [];
      events.push(event('longcode.numbers.NumberAssigned', { phoneNumber, campaignId: campaignId ?? null }));
      await apply('compliance.directory', events, projectDirectory);
    },
    /** An InboundReceived as receipts publishes it (unattributed: receipts cannot tell the account). */
    inboundEvent(data: { from: string; to: string; text: string; mediaUrls?: string[]; receivedAt?: Date }) {
      return consumedEvent(
        'longcode.receipts.InboundReceived',
        {
          providerMessageId: randomUUID(),
          provider: 'telnyx',
          providerEventId: randomUUID(),
          mediaUrls: [],
          webhookId: randomUUID(),
          ...data,
          receivedAt: (data.receivedAt ?? new Date()).getTime(),
        },
        { accountId: 'unattributed' },
      ) as ConsumedEvent;
    },
    /** Delivers inbound events to compliance's inbound consumer; how many it had not seen. */
    deliver(...events: ConsumedEvent[]) {
      return apply('compliance.inbound', events, async (fresh, trx) => {
        for (const e of fresh) await handle(e, trx);
      });
    },
    async close() {
      await app.close();
      await db.destroy();
      await database.drop();
    },
  };
}

export type ComplianceWorld = Awaited<ReturnType<typeof createComplianceWorld>>;
