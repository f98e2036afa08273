/**
 * The message path's throughput on this machine (issue 4's benchmark): accepting single messages
 * (concurrent clients) and batches, the full lifecycle (accepted → delivered receipt processed), and
 * receipts' webhook ingestion during it. The simulator is the carrier with no delay and no rate limit.
 * Usage: pnpm --filter @longcode/bench messages [--single 5000] [--clients 32] [--batches 20] [--campaigns 5]
 * [--warmup 5000] [--carrier-latency 0] [--submitter-concurrency N] (needs the stack and `pnpm build`).
 * Writes bench/results/messages-<time>.json. `--carrier-latency` is how long the simulator takes to answer
 * a send (a real carrier's API answers in tens to hundreds of milliseconds).
 *
 * The services start fresh for each run, and for their first half-minute V8 spends about a fifth of their
 * CPU compiling (perf shows it falling from 31 % to 11 % over a 20 s window). `--warmup` first sends that
 * many messages, in batches, to other recipients and waits for all of them to be delivered, so the figures
 * are those of a running platform; `--warmup 0` measures the cold one.
 */
import { parseArgs } from 'node:util';
import { callAs, eventually } from '@longcode/testing';
import { createLoadClient } from './load-client.js';
import { finalCount, startMessagingWorld, WARM_UP } from './message-world.js';
import { writeReport } from './report.js';
import { createLatencyRecorder } from './stats.js';

const { values } = parseArgs({
  options: {
    single: { type: 'string', default: '5000' },
    clients: { type: 'string', default: '32' },
    batches: { type: 'string', default: '20' },
    campaigns: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '5000' },
    'carrier-latency': { type: 'string', default: '0' },
    'submitter-concurrency': { type: 'string' },
  },
});
const singles = Number(values.single);
const clients = Number(values.clients);
const batches = Number(values.batches);
const warmup = Number(values.warmup);
const carrierLatencyMs = Number(values['carrier-latency']);
const submitterConcurrency = values['submitter-concurrency'];
const world = await startMessagingWorld(Number(values.campaigns), {
  simulator: { SIM_SEND_LATENCY_MS: String(carrierLatencyMs) },
  ...(submitterConcurrency ? { dispatch: { SUBMITTER_CONCURRENCY: submitterConcurrency } } : {}),
});
const dispatchUrl = world.platform.dispatch.url;
const post = (path: string, body: unknown) => callAs(world.account, dispatchUrl, 'POST', path, body);
const singleClient = createLoadClient(dispatchUrl, clients);

try {
  await warmUp(warmup);
  const measuredFrom = new Date();

  // Single messages, `clients` at a time.
  const latency = createLatencyRecorder();
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < singles) {
        const i = next++;
        const started = performance.now();
        const answer = await singleClient.post('/messages', world.message(i, 'single run'), {
          'x-account-id': world.account,
        });
        if (answer.status !== 202) throw new Error(`refused: ${JSON.stringify(answer.body)}`);
        latency.record(performance.now() - started);
      }
    }),
  );
  const singleSeconds = (performance.now() - t0) / 1000;

  // Batches of 1,000, one after another, while the singles are still being delivered.
  const batchLatency = createLatencyRecorder();
  const t1 = performance.now();
  for (let b = 0; b < batches; b++) {
    const messages = Array.from({ length: 1_000 }, (_, k) =>
      world.message(singles + b * 1_000 + k, 'batch run'),
    );
    const started = performance.now();
    const answer = await post('/messages/batch', { messages });
    if (answer.status !== 202 || answer.body.accepted !== 1_000)
      throw new Error(`batch: ${JSON.stringify(answer.body).slice(0, 300)}`);
    batchLatency.record(performance.now() - started);
  }
  const batchSeconds = (performance.now() - t1) / 1000;

  // Every one of them delivered, the receipt processed by dispatch.
  const total = singles + batches * 1_000;
  await eventually(
    () => world.countByStatus(),
    (c) => finalCount(c) >= total,
    { timeoutMs: 1_200_000, intervalMs: 500 },
  );
  const lifecycleSeconds = (performance.now() - t0) / 1000;
  const counts = await world.countByStatus();

  const receiptsDb = (await import('@longcode/eventstore')).createDatabase({
    url: world.platform.envs.receipts.DATABASE_URL ?? '',
  });
  const [window] = await receiptsDb('provider_webhooks')
    .where({ verified: true })
    .where('received_at', '>=', measuredFrom)
    .select(receiptsDb.raw('count(*) as n, min(received_at) as first, max(received_at) as last'));
  await receiptsDb.destroy();
  const receiptSeconds = (new Date(window.last).getTime() - new Date(window.first).getTime()) / 1000;

  const results = {
    singleAccept: {
      messages: singles,
      clients,
      perSecond: Math.round(singles / singleSeconds),
      latencyMs: latency.summary(),
    },
    batchAccept: {
      batches,
      perSecond: Math.round((batches * 1_000) / batchSeconds),
      batchLatencyMs: batchLatency.summary(),
    },
    lifecycle: {
      messages: total,
      seconds: lifecycleSeconds,
      perSecond: Math.round(total / lifecycleSeconds),
      byStatus: counts,
    },
    receipts: {
      webhooks: Number(window.n),
      seconds: receiptSeconds,
      perSecond: Math.round(Number(window.n) / receiptSeconds),
    },
  };
  console.log(JSON.stringify(results, null, 2));
  writeReport(
    'messages',
    {
      singles,
      clients,
      batches,
      warmup,
      carrierLatencyMs,
      submitterConcurrency: submitterConcurrency ?? 'default',
      campaigns: world.campaigns.length,
    },
    results,
  );
} catch (error) {
  console.error(world.platform.dispatch.output().slice(-4000));
  throw error;
} finally {
  await singleClient.close();
  await world.stop();
}

/** `count` messages to the warm-up recipients, in batches of up to 500, all of them delivered. */
async function warmUp(count: number): Promise<void> {
  for (let sent = 0; sent < count; sent += 500) {
    const messages = Array.from({ length: Math.min(500, count - sent) }, (_, k) =>
      world.message(sent + k, 'warm-up', WARM_UP),
    );
    const answer = await post('/messages/batch', { messages });
    if (answer.status !== 202) throw new Error(`warm-up: ${JSON.stringify(answer.body).slice(0, 300)}`);
  }
  await eventually(
    () => world.countByStatus(WARM_UP),
    (c) => finalCount(c) >= count,
    { timeoutMs: 600_000, intervalMs: 500 },
  );
}
