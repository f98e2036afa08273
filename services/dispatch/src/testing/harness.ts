import { topicOf } from '@longcode/contracts';
import {
  applyOnce,
  type ConsumedEvent,
  createDatabase,
  createEventStore,
  type Database,
  migrate,
} from '@longcode/eventstore';
import { createLogger } from '@longcode/kit';
import type { OutboundMessage, SendResult, SmsProvider } from '@longcode/providers';
import { projectSendable, sendableMigrations } from '@longcode/sendable';
import { consumedEvent, createTestDatabase, stackFromEnv } from '@longcode/testing';
import { buildApp } from '../app.js';
import { campaignSettingsMigration } from '../campaigns/settings.js';
import { recipientCarriersMigration } from '../carriers/store.js';
import { optOutsMigration } from '../consent/opt-outs.js';
import { createConsentHandler } from '../consent/replies.js';
import { dueByPriorityMigration, messageRowsMigration } from '../message/rows.js';
import { createDeliveryHandler, parkedReceiptsMigration } from '../receipts/deliveries.js';
import { createSubmitter, type SubmitterDeps } from '../submission/submitter.js';

/** A provider for integration tests of dispatch's own logic: our port, answering as the test says. */
export function fakeSmsProvider() {
  const sent: OutboundMessage[] = [];
  const accepting = (m: OutboundMessage): SendResult => ({
    outcome: 'accepted',
    providerMessageId: `prov-${m.messageId}`,
    segments: 1,
  });
  let answer: (m: OutboundMessage) => SendResult | Promise<SendResult> = accepting;
  const provider: SmsProvider = {
    async send(message) {
      sent.push(message);
      return answer(message);
    },
    parseWebhook: () => [],
  };
  return {
    provider,
    sent,
    answerWith: (a: typeof answer) => (answer = a),
    /** Back to accepting every message (the default). */
    answerNormally: () => (answer = accepting),
  };
}

/** An event another service published, as dispatch's consumers receive it. */
export const consumed = (type: string, data: Record<string, unknown>, accountId = 'acct-1') =>
  consumedEvent(type, data, { accountId });

/**
 * dispatch in-process on a real database: its HTTP app, its submitter with a fake provider, and its
 * consumers fed the events other services would publish (Kafka carries them in the e2e tests).
 */
export async function startDispatchHarness(now: () => Date = () => new Date()) {
  const database = await createTestDatabase(stackFromEnv(process.env).mysqlUrl, 'dispatch');
  const db: Database = createDatabase({ url: database.url });
  await migrate(db, [
    ...sendableMigrations,
    optOutsMigration,
    messageRowsMigration,
    dueByPriorityMigration,
    campaignSettingsMigration,
    parkedReceiptsMigration,
    recipientCarriersMigration,
  ]);
  const store = createEventStore({ db, topicOf, source: 'dispatch' });
  const logger = createLogger({ level: 'silent', service: 'dispatch' });
  const fake = fakeSmsProvider();
  const app = buildApp({ logger, db, store, readiness: [], now });
  /** A dispatch instance's submitter on the fake provider; a test may give it its own clock, limiter… */
  const submitter = (
    options: Partial<
      Pick<SubmitterDeps, 'now' | 'limiter' | 'settleAfterMs' | 'carriers' | 'batchSize' | 'concurrency'>
    > = {},
  ) =>
    createSubmitter({
      db,
      store,
      provider: fake.provider,
      providerName: 'telnyx',
      logger,
      statusCallbackUrl: () => null,
      now,
      ...options,
    });
  const feed = (group: string, handle: Parameters<typeof applyOnce>[3], events: ConsumedEvent[]) =>
    applyOnce(db, group, events, handle, () => new Date());
  return {
    app,
    db,
    store,
    fake,
    submitter,
    sendable: (...events: ConsumedEvent[]) => feed('dispatch.sendable', projectSendable, events),
    consent: (...events: ConsumedEvent[]) =>
      feed('dispatch.consent', createConsentHandler({ db, store, logger }), events),
    deliveries: (...events: ConsumedEvent[]) =>
      feed('dispatch.deliveries', createDeliveryHandler({ store }), events),
    async stop() {
      await app.close();
      await db.destroy();
      await database.drop();
    },
  };
}
