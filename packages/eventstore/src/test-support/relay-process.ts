/**
 * A relay as its own process, for the crash test: the test SIGKILLs it mid-stream and starts another.
 * Reads DATABASE_URL, KAFKA_BROKERS, SCHEMA_REGISTRY_URL, RELAY_LOCK, KAFKA_CLIENT, COUNTER_SERVICE.
 */
import { createSchemaRegistry } from '@longcode/avro';
import { type KafkaClientName, kafkaClients } from '@longcode/kafka';
import { pino } from 'pino';
import { createDatabase } from '../database.js';
import { createOutboxRelay } from '../outbox-relay.js';
import { counterSchema } from './counter.avsc.js';

const env = process.env as Record<string, string>;
const db = createDatabase({ url: env.DATABASE_URL as string });
const kafka = kafkaClients[(env.KAFKA_CLIENT ?? 'kafkajs') as KafkaClientName]({
  brokers: (env.KAFKA_BROKERS as string).split(','),
  clientId: 'relay-process',
});
const producer = kafka.producer({ idempotent: true });
await producer.connect();
const relay = createOutboxRelay({
  db,
  producer,
  serde: createSchemaRegistry({
    url: env.SCHEMA_REGISTRY_URL as string,
    schemas: [counterSchema(env.COUNTER_SERVICE as string)],
  }),
  logger: pino({ level: 'warn' }),
  lockName: env.RELAY_LOCK as string,
  batchSize: 50,
  idleDelayMs: 10,
});
relay.start();
process.stdout.write('relay started\n');
process.on('SIGTERM', async () => {
  await relay.stop();
  await producer.disconnect();
  await db.destroy();
  process.exit(0);
});
