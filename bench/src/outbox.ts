/**
 * Outbox → Kafka → projection, per Kafka client, with the raw ceilings measured in the same run.
 * Usage: pnpm --filter @longcode/bench outbox [--events 20000] [--rate 5000] [--seconds 10] [--clients kafkajs,platformatic]
 * Needs the local stack (infra/local/up.sh). Prints a table and writes bench/results/outbox-<time>.json.
 */
import { parseArgs } from 'node:util';
import { type KafkaClientName, kafkaClients } from '@longcode/kafka';
import { writeReport } from './report.js';
import {
  projectionThroughput,
  rawDatabase,
  rawProduce,
  relayThroughput,
  steadyLatency,
} from './scenarios.js';
import { sampleRss } from './stats.js';
import { createWorld } from './world.js';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '20000' },
    rate: { type: 'string', default: '5000' },
    seconds: { type: 'string', default: '10' },
    clients: { type: 'string', default: Object.keys(kafkaClients).join(',') },
  },
});
const events = Number(values.events);
const results: Record<string, unknown> = {};

for (const client of values.clients.split(',') as KafkaClientName[]) {
  const rss = sampleRss();
  const world = await createWorld(client);
  try {
    const database = await rawDatabase(world, events);
    const produce = await rawProduce(world, events);
    const relay = await relayThroughput(world, events);
    const projection = await projectionThroughput(world, relay.events);
    const latency = await steadyLatency(world, Number(values.rate), Number(values.seconds));
    results[client] = {
      ceilingDatabaseInserts: database,
      ceilingKafkaProduce: produce,
      relay,
      projection,
      latency,
      peakRssMiB: rss.stop(),
    };
  } finally {
    await world.close();
  }
  console.log(`\n${client}`);
  console.table(flatten(results[client] as Record<string, unknown>));
}

function flatten(result: Record<string, unknown>) {
  const rows: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(result)) {
    if (typeof value !== 'object' || value === null) rows[name] = value as number;
    else
      rows[name] = Object.entries(value as Record<string, unknown>)
        .map(
          ([k, v]) =>
            `${k}=${typeof v === 'object' ? JSON.stringify(v) : typeof v === 'number' ? Math.round(v * 10) / 10 : v}`,
        )
        .join(' ');
  }
  return rows;
}

writeReport('outbox', { events, rate: Number(values.rate), seconds: Number(values.seconds) }, results);
process.exit(0);
