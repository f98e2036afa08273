import { createSchemaRegistry, defaultCompatibility, loadSchemas } from '@longcode/avro';
import { deadLetterTopic, retryTopic, schemasDir, topicOf } from '@longcode/contracts';
import {
  createDatabase,
  createEventStore,
  createOutboxRelay,
  createProjectionConsumer,
  ensureDatabase,
  type Migration,
  migrate,
  type ProjectionConsumerDeps,
} from '@longcode/eventstore';
import { type KafkaClientName, kafkaClients, type TopicSpec } from '@longcode/kafka';
import type { Logger, ReadinessCheck, ShutdownStep } from '@longcode/kit';
import type { BackboneConfig } from './config.js';

export interface BackboneOptions {
  service: string;
  config: BackboneConfig;
  logger: Logger;
  migrations?: Migration[];
  /** Event topics this service writes to or reads from; created if missing, kept as configured. */
  topics: TopicSpec[];
}

/**
 * Connects a service to its own database (created and migrated), the schema registry (its schemas
 * registered, so a bad schema stops the start), and Kafka (topics ensured, an idempotent producer);
 * gives it an event store whose commits wake the outbox relay at once.
 */
export async function connectBackbone({ service, config, logger, migrations = [], topics }: BackboneOptions) {
  const socketPath = config.DATABASE_SOCKET;
  await ensureDatabase(config.DATABASE_URL, socketPath);
  const db = createDatabase({ url: config.DATABASE_URL, ...(socketPath ? { socketPath } : {}) });
  await migrate(db, migrations);

  // Every schema is known locally (to decode what others publish); only this service's are registered.
  const schemas = await loadSchemas(schemasDir);
  const registry = createSchemaRegistry({ url: config.SCHEMA_REGISTRY_URL, schemas });
  await registry.registerAll(
    schemas.filter((schema) => schema.service === service),
    { compatibility: defaultCompatibility },
  );

  const kafka = kafkaClients[config.KAFKA_CLIENT as KafkaClientName]({
    brokers: config.KAFKA_BROKERS,
    clientId: service,
    logger,
  });
  const admin = kafka.admin();
  await admin.connect();
  const retention = { 'retention.ms': String(config.KAFKA_EVENT_RETENTION_MS) };
  await admin.ensureTopics(topics.map((topic) => ({ ...topic, config: { ...retention, ...topic.config } })));
  await admin.disconnect();
  const producer = kafka.producer({ idempotent: true });
  await producer.connect();

  const relay = createOutboxRelay({
    db,
    producer,
    serde: registry,
    logger,
    lockName: `${service}-outbox-relay`,
  });
  const store = createEventStore({ db, topicOf, source: service, onAppended: () => relay.notify() });

  const readiness: ReadinessCheck[] = [{ name: 'mysql', check: async () => void (await db.raw('SELECT 1')) }];
  /** In shutdown order: the relay flushes what is committed, then connections close. */
  const closeSteps: ShutdownStep[] = [
    { name: 'outbox relay', close: () => relay.stop() },
    { name: 'kafka producer', close: () => producer.disconnect() },
    { name: 'database pool', close: () => db.destroy() },
  ];
  /** A consumer of one or more topics into this service's database, with its own retry and dead-letter topics. */
  const consumer = (
    group: string,
    topic: string | readonly string[],
    handlers: Pick<
      ProjectionConsumerDeps,
      'handle' | 'handleBatch' | 'fromBeginning' | 'eventTypes' | 'gather'
    >,
  ) =>
    createProjectionConsumer({
      kafka,
      db,
      serde: registry,
      logger,
      groupId: group,
      topics: typeof topic === 'string' ? [topic] : [...topic],
      retryTopic: retryTopic(group),
      deadLetterTopic: deadLetterTopic(group),
      ...handlers,
    });
  return { db, registry, kafka, producer, relay, store, readiness, closeSteps, consumer };
}

export type Backbone = Awaited<ReturnType<typeof connectBackbone>>;
