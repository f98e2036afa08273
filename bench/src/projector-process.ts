/**
 * The benchmark's projection consumer as its own process (as analytics runs in production).
 * Reads DATABASE_URL, KAFKA_BROKERS, SCHEMA_REGISTRY_URL, KAFKA_CLIENT, BENCH_SERVICE, BENCH_TOPIC,
 * BENCH_EXPECTED; prints "projector ready", then one "result {json}" line once it applied BENCH_EXPECTED events.
 */
import { createSchemaRegistry } from '@longcode/avro';
import { createDatabase, createProjectionConsumer } from '@longcode/eventstore';
import { type KafkaClientName, kafkaClients } from '@longcode/kafka';
import { stackFromEnv, uniqueName } from '@longcode/testing';
import { pino } from 'pino';
import { project } from './projection.js';
import { createLatencyRecorder, sampleRss } from './stats.js';
import { benchSchema } from './world.js';

const env = process.env as Record<string, string>;
const stack = stackFromEnv(env);
const expected = Number(env.BENCH_EXPECTED);
const db = createDatabase({ url: env.DATABASE_URL as string });
const kafka = kafkaClients[env.KAFKA_CLIENT as KafkaClientName]({
  brokers: stack.kafkaBrokers,
  clientId: 'projector',
});
const latency = createLatencyRecorder();
const relayLag = createLatencyRecorder();
const rss = sampleRss();
let applied = 0;
const group = uniqueName('bench-projector');
const consumer = createProjectionConsumer({
  kafka,
  db,
  serde: createSchemaRegistry({
    url: stack.schemaRegistryUrl,
    schemas: [benchSchema(env.BENCH_SERVICE as string)],
  }),
  logger: pino({ level: 'warn' }),
  groupId: group,
  topics: [env.BENCH_TOPIC as string],
  retryTopic: `${group}.retry.v1`,
  deadLetterTopic: `${group}.dlq.v1`,
  handleBatch: async (events, trx) => {
    await project(events, trx);
    trx.executionPromise.then(
      () => {
        const now = Date.now();
        for (const consumed of events) {
          latency.record(now - consumed.occurredAt.getTime());
          relayLag.record(consumed.publishedAt.getTime() - consumed.occurredAt.getTime());
        }
        applied += events.length;
        if (applied >= expected) finish();
      },
      () => undefined,
    );
  },
});
await consumer.start();
process.stdout.write('projector ready\n');

async function finish() {
  const report = {
    latencyMs: latency.summary(),
    appendToPublishMs: relayLag.summary(),
    peakRssMiB: rss.stop(),
  };
  process.stdout.write(`result ${JSON.stringify(report)}\n`);
  await consumer.stop();
  await db.destroy();
  process.exit(0);
}
