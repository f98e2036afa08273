/**
 * The gateway's overhead (issue 5's benchmark): single sends from `--clients` concurrent clients through
 * the gateway (API key, rate limits, forwarding to dispatch) and, in the same run, straight to dispatch;
 * the two phases alternate (`--rounds`) so both see the same background (the earlier sends being
 * delivered). Usage: pnpm --filter @longcode/bench gateway [--single 1000] [--clients 32] [--rounds 2] [--deferred]
 * (needs the stack and `pnpm build`). Writes bench/results/gateway-<time>.json.
 */
import { parseArgs } from 'node:util';
import { createLoadClient } from './load-client.js';
import { startMessagingWorld } from './message-world.js';
import { writeReport } from './report.js';
import { createLatencyRecorder } from './stats.js';

const { values } = parseArgs({
  options: {
    single: { type: 'string', default: '1000' },
    clients: { type: 'string', default: '32' },
    rounds: { type: 'string', default: '2' },
    // Scheduled an hour ahead: nothing is submitted during the run, so the figures are the accept path's
    // own (the gateway, dispatch and MariaDB without the rest of the lifecycle competing for the cores).
    deferred: { type: 'boolean', default: false },
  },
});
const singles = Number(values.single);
const clients = Number(values.clients);
const rounds = Number(values.rounds);
const sendAt = values.deferred ? new Date(Date.now() + 3_600_000).toISOString() : undefined;
const world = await startMessagingWorld(1);

const gatewayClient = createLoadClient(world.platform.gateway.url, clients);
const dispatchClient = createLoadClient(world.platform.dispatch.url, clients);
const viaGateway = async (body: unknown) =>
  (await gatewayClient.post('/v1/messages', body, { authorization: `Bearer ${world.apiKey}` })).status;
const direct = async (body: unknown) =>
  (await dispatchClient.post('/messages', body, { 'x-account-id': world.account })).status;

let sequence = 0;
async function phase(send: (body: unknown) => Promise<number>) {
  const latency = createLatencyRecorder();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < singles) {
        next++;
        const began = performance.now();
        const status = await send({
          ...world.message(sequence++, 'gateway run'),
          ...(sendAt ? { sendAt } : {}),
        });
        if (status !== 202) throw new Error(`answered ${status}`);
        latency.record(performance.now() - began);
      }
    }),
  );
  return {
    perSecond: Math.round(singles / ((performance.now() - started) / 1000)),
    latencyMs: latency.summary(),
  };
}

try {
  const results: Array<{ round: number; gateway: unknown; dispatch: unknown; ratio: number }> = [];
  for (let round = 1; round <= rounds; round++) {
    const gateway = await phase(viaGateway);
    const straight = await phase(direct);
    results.push({
      round,
      gateway,
      dispatch: straight,
      ratio: Number((gateway.perSecond / straight.perSecond).toFixed(2)),
    });
  }
  console.log(JSON.stringify(results, null, 2));
  writeReport('gateway', { singles, clients, rounds, deferred: values.deferred }, results);
} finally {
  await Promise.all([gatewayClient.close(), dispatchClient.close()]);
  await world.stop();
}
process.exit(0);
