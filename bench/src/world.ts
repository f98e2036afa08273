import { createSchemaRegistry, parseSchemas } from '@longcode/avro';
import { createDatabase, createEventStore, type Migration, migrate } from '@longcode/eventstore';
import { type KafkaClientName, kafkaClients } from '@longcode/kafka';
import { createTestDatabase, stackFromEnv, uniqueName } from '@longcode/testing';

/** The benchmark's event: the size of a typical status event (ids, a status, a timestamp). */
export interface MessageSent {
  messageId: string;
  accountId: string;
  status: string;
  sentAt: number;
}

const projectionTable: Migration = {
  name: '1000_bench_projection',
  async up(db) {
    await db.schema.createTable('bench_projection', (t) => {
      t.string('stream_id', 191).primary();
      t.integer('events').notNullable();
      t.string('last_status', 32).notNullable();
    });
    await db.schema.createTable('bench_raw', (t) => {
      t.bigIncrements('id').primary();
      t.string('stream_id', 191).notNullable();
      t.json('payload').notNullable();
      t.json('headers').notNullable();
    });
  },
  async down() {},
};

/** The MessageSent schema in a namespace of its own (one per run, so runs never collide in the registry). */
export function benchSchema(service: string) {
  const [schema] = parseSchemas([
    {
      file: `${service}/MessageSent.avsc`,
      service,
      text: JSON.stringify({
        type: 'record',
        name: 'MessageSent',
        namespace: `longcode.${service}`,
        fields: [
          { name: 'messageId', type: 'string' },
          { name: 'accountId', type: 'string' },
          { name: 'status', type: 'string' },
          { name: 'sentAt', type: 'long' },
        ],
      }),
    },
  ]);
  if (!schema) throw new Error('bench schema did not parse');
  return schema;
}

/** One isolated world: its own database, registry subject, topics, and one Kafka client. */
export async function createWorld(clientName: KafkaClientName) {
  const stack = stackFromEnv(process.env);
  const database = await createTestDatabase(stack.mysqlUrl, `bench_${clientName}`);
  const db = createDatabase({ url: database.url, poolMax: 20 });
  await migrate(db, [projectionTable]);
  const service = `bench${uniqueName('').replace(/-/g, '')}`;
  const schema = benchSchema(service);
  const registry = createSchemaRegistry({ url: stack.schemaRegistryUrl, schemas: [schema] });
  await registry.registerAll([schema]);
  const kafka = kafkaClients[clientName]({ brokers: stack.kafkaBrokers, clientId: `bench-${clientName}` });
  const admin = kafka.admin();
  await admin.connect();
  const topics: string[] = [];
  const newTopic = async (label: string) => {
    const name = uniqueName(`bench.${clientName}.${label}`);
    await admin.ensureTopics([{ name, partitions: 6 }]);
    topics.push(name);
    return name;
  };
  let topic = await newTopic('events');
  const store = createEventStore({ db, topicOf: () => topic, source: 'bench' });
  return {
    databaseUrl: database.url,
    service,
    clientName,
    db,
    registry,
    kafka,
    type: schema.fullName,
    store,
    get topic() {
      return topic;
    },
    async useNewTopic(label: string) {
      topic = await newTopic(label);
      return topic;
    },
    async close() {
      await admin.deleteTopics(topics).catch(() => undefined);
      await admin.disconnect();
      await db.destroy();
      await database.drop();
    },
  };
}

export type World = Awaited<ReturnType<typeof createWorld>>;
