import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createOutboxRelay, createProjectionConsumer } from '@longcode/eventstore';
import { serviceNodeOptions, uniqueName } from '@longcode/testing';
import { pino } from 'pino';
import { type ProjectorReport, project } from './projection.js';
import { perSecond, sampleRss, timed } from './stats.js';
import type { MessageSent, World } from './world.js';

const logger = pino({ level: 'warn' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const event = (type: string, streamId: string): { type: string; data: MessageSent } => ({
  type,
  data: { messageId: streamId, accountId: 'acct-bench', status: 'SENT', sentAt: Date.now() },
});

/** Appends `count` events, `perAppend` to a stream per transaction, `parallel` transactions at a time. */
export async function fill(world: World, count: number, perAppend = 100, parallel = 4) {
  const appends = Math.ceil(count / perAppend);
  let next = 0;
  const worker = async () => {
    while (next < appends) {
      next += 1;
      const stream = `message-${randomUUID()}`;
      await world.store.append(
        stream,
        Array.from({ length: perAppend }, () => event(world.type, stream)),
        { expectedVersion: 0, accountId: 'acct-bench', correlationId: randomUUID() },
      );
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return appends * perAppend;
}

/** Ceiling 1: batched inserts of outbox-shaped rows into MariaDB, nothing else. */
export async function rawDatabase(world: World, count: number, batch = 500) {
  const row = {
    stream_id: 's',
    payload: JSON.stringify(event(world.type, 's').data),
    headers: '{"ce_id":"x"}',
  };
  const { ms } = await timed(async () => {
    for (let done = 0; done < count; done += batch) {
      await world.db.transaction((trx) => trx('bench_raw').insert(Array.from({ length: batch }, () => row)));
    }
  });
  return { events: count, ms, perSecond: perSecond(count, ms) };
}

/** Ceiling 2: produce Avro values to Kafka with the idempotent producer, nothing else. */
export async function rawProduce(world: World, count: number, batch = 500) {
  const topic = await world.useNewTopic('raw');
  const producer = world.kafka.producer({ idempotent: true });
  await producer.connect();
  const value = await world.registry.encode(world.type, event(world.type, 's').data);
  const { ms } = await timed(async () => {
    for (let done = 0; done < count; done += batch) {
      await producer.send(
        topic,
        Array.from({ length: batch }, (_, i) => ({
          key: `message-${(done + i) % 1000}`,
          value,
          headers: { ce_id: 'x' },
        })),
      );
    }
  });
  await producer.disconnect();
  return { events: count, ms, perSecond: perSecond(count, ms) };
}

/** A relay with its own idempotent producer, as a service runs it (not started). */
async function startRelay(world: World) {
  const producer = world.kafka.producer({ idempotent: true });
  await producer.connect();
  const relay = createOutboxRelay({
    db: world.db,
    producer,
    serde: world.registry,
    logger,
    lockName: uniqueName('relay'),
    batchSize: 1000,
    idleDelayMs: 5,
  });
  return { relay, producer };
}

/** Relay: a pre-filled outbox published to Kafka until empty. */
export async function relayThroughput(world: World, count: number) {
  await world.useNewTopic('relay');
  const events = await fill(world, count);
  const { relay, producer } = await startRelay(world);
  const { ms } = await timed(async () => {
    relay.start();
    await relay.drained();
  });
  await relay.stop();
  await producer.disconnect();
  return { events, ms, perSecond: perSecond(events, ms) };
}

async function projectedCount(world: World): Promise<number> {
  const row = await world.db('bench_projection').sum({ n: 'events' }).first();
  return Number(row?.n ?? 0);
}

/** Projection: a topic already holding `events` consumed from the beginning into a read model with its inbox. */
export async function projectionThroughput(world: World, events: number) {
  await world.db('bench_projection').delete();
  const group = uniqueName('bench-projection');
  const consumer = createProjectionConsumer({
    kafka: world.kafka,
    db: world.db,
    serde: world.registry,
    logger,
    groupId: group,
    topics: [world.topic],
    handleBatch: project,
    retryTopic: `${group}.retry.v1`,
    deadLetterTopic: `${group}.dlq.v1`,
  });
  const { ms } = await timed(async () => {
    await consumer.start();
    while ((await projectedCount(world)) < events) await sleep(20);
  });
  await consumer.stop();
  return { events, ms, perSecond: perSecond(events, ms) };
}

/**
 * End-to-end latency at a steady rate: appends (`perAppend` events per transaction) paced to `rate`
 * events/s for `seconds`, published by the relay in this process, projected by a consumer in another
 * process (as the services run); latency is from the append's occurred-at to the projection applying it.
 */
export async function steadyLatency(world: World, rate: number, seconds: number, perAppend = 10) {
  const topic = await world.useNewTopic('latency');
  await world.db('bench_projection').delete();
  const appendsPerSecond = rate / perAppend;
  const total = Math.round(appendsPerSecond * seconds);
  const events = total * perAppend;
  const projector = await startProjector({
    DATABASE_URL: world.databaseUrl,
    KAFKA_CLIENT: world.clientName,
    BENCH_SERVICE: world.service,
    BENCH_TOPIC: topic,
    BENCH_EXPECTED: String(events),
  });
  const { relay, producer } = await startRelay(world);
  relay.start();
  const rss = sampleRss();
  const started = performance.now();
  const inFlight = new Set<Promise<unknown>>();
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / appendsPerSecond;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    const stream = `message-${randomUUID()}`;
    const append = world.store
      .append(
        stream,
        Array.from({ length: perAppend }, () => event(world.type, stream)),
        { expectedVersion: 0, accountId: 'acct-bench', correlationId: randomUUID() },
      )
      .then(() => relay.notify());
    inFlight.add(append);
    append.finally(() => inFlight.delete(append));
    if (inFlight.size > 64) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  const offeredMs = performance.now() - started;
  const projected = await projector.result;
  await relay.stop();
  await producer.disconnect();
  return {
    targetRate: rate,
    achievedRate: perSecond(events, offeredMs),
    events,
    ...projected,
    peakRssMiB: { writerAndRelay: rss.stop(), projector: projected.peakRssMiB },
  };
}

function startProjector(env: Record<string, string>) {
  const script = fileURLToPath(new URL('./projector-process.ts', import.meta.url));
  const child = spawn(process.execPath, [...serviceNodeOptions(), '--import', 'tsx', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  return new Promise<{ result: Promise<ProjectorReport> }>((resolveReady, rejectReady) => {
    let resolveResult: (report: ProjectorReport) => void;
    const result = new Promise<ProjectorReport>((resolve) => {
      resolveResult = resolve;
    });
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      if (output.includes('projector ready\n')) resolveReady({ result });
      const done = output.match(/^result (.*)$/m);
      if (done?.[1]) resolveResult(JSON.parse(done[1]));
    });
    child.on('exit', (code) => rejectReady(new Error(`projector exited with ${code}: ${output}`)));
  });
}
