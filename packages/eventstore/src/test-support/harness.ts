import { createSchemaRegistry } from '@longcode/avro';
import { type KafkaClientName, kafkaClients } from '@longcode/kafka';
import { createTestDatabase, stackFromEnv, uniqueName } from '@longcode/testing';
import { pino } from 'pino';
import { createDatabase } from '../database.js';
import { createEventStore } from '../event-store.js';
import { type Migration, migrate } from '../migrations.js';
import { createOutboxRelay } from '../outbox-relay.js';
import { createProjectionConsumer } from '../projection-consumer.js';
import type { RetryPolicy } from '../retry-policy.js';
import { counterSchema } from './counter.avsc.js';
import { projectCounter } from './counter-projection.js';

/** One isolated world per test file: its own database, topic names, subject and Kafka client. */
export async function createHarness(
  label: string,
  {
    clientName = 'kafkajs',
    migrations = [],
  }: { clientName?: KafkaClientName; migrations?: Migration[] } = {},
) {
  const stack = stackFromEnv(process.env);
  const database = await createTestDatabase(stack.mysqlUrl, label);
  const db = createDatabase({ url: database.url });
  await migrate(db, migrations);
  const service = `t${uniqueName('').replace(/-/g, '')}`;
  const schema = counterSchema(service);
  const registry = createSchemaRegistry({ url: stack.schemaRegistryUrl });
  await registry.registerAll([schema], { compatibility: 'FULL_TRANSITIVE' });
  const topic = uniqueName(`${label}.counter`);
  const kafka = kafkaClients[clientName]({ brokers: stack.kafkaBrokers, clientId: label });
  const admin = kafka.admin();
  await admin.connect();
  await admin.ensureTopics([{ name: topic, partitions: 3 }]);
  const logger = pino({ level: 'silent' });
  const store = createEventStore({ db, topicOf: () => topic, source: label });
  const producer = kafka.producer({ idempotent: true });
  await producer.connect();
  const relay = createOutboxRelay({
    db,
    producer,
    serde: registry,
    logger,
    lockName: `relay-${database.name}`,
    idleDelayMs: 20,
  });
  return {
    stack,
    database,
    db,
    registry,
    kafka,
    topic,
    type: schema.fullName,
    service,
    store,
    relay,
    logger,
    /** A consumer projecting the harness topic into counter_projection (started), in its own group. */
    async startCounterProjection(retryPolicy?: RetryPolicy, eventTypes?: readonly string[]) {
      const group = uniqueName(`${label}-projection`);
      const consumer = createProjectionConsumer({
        kafka,
        db,
        serde: registry,
        logger,
        groupId: group,
        topics: [topic],
        handle: projectCounter,
        retryTopic: `${group}.retry.v1`,
        deadLetterTopic: `${group}.dlq.v1`,
        ...(retryPolicy ? { retryPolicy } : {}),
        ...(eventTypes ? { eventTypes } : {}),
      });
      await consumer.start();
      return { consumer, group, retryTopic: `${group}.retry.v1`, deadLetterTopic: `${group}.dlq.v1` };
    },
    async close() {
      await relay.stop();
      await producer.disconnect();
      await admin.deleteTopics([topic]).catch(() => undefined);
      await admin.disconnect();
      await db.destroy();
      await database.drop();
    },
  };
}
