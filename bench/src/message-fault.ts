/**
 * The message path's fault run (issue 4): send N messages through dispatch; SIGKILL dispatch, then
 * receipts, mid-run and start them again; then count. Every accepted message must end in a final state,
 * none may reach the carrier (the simulator) twice, none may be lost.
 * Usage: pnpm --filter @longcode/bench message-fault [--messages 20000] [--campaigns 5]
 * (needs the stack and `pnpm build`). Writes bench/results/message-fault-<time>.json.
 */
import { parseArgs } from 'node:util';
import { callAs, eventually, type RunningService, startService } from '@longcode/testing';
import { finalCount, startMessagingWorld } from './message-world.js';
import { writeReport } from './report.js';

const { values } = parseArgs({
  options: { messages: { type: 'string', default: '20000' }, campaigns: { type: 'string', default: '5' } },
});
const total = Number(values.messages);
const started = Date.now();
const world = await startMessagingWorld(Number(values.campaigns), {
  dispatch: { SUBMISSION_SETTLE_AFTER_MS: '30000' },
});
const { platform } = world;
let dispatch: RunningService = platform.dispatch;
let receipts: RunningService = platform.receipts;

/** SIGKILL, then the same service started again with the same variables (receipts keeps its port). */
async function crashAndRestart(service: RunningService, name: 'dispatch' | 'receipts') {
  service.process.kill('SIGKILL');
  await new Promise((resolve) => service.process.once('exit', resolve));
  return startService(name, platform.envs[name]);
}

try {
  console.log(`set up in ${((Date.now() - started) / 1000).toFixed(1)} s; sending ${total} messages`);
  const t0 = Date.now();
  let accepted = 0;
  const killedAtMs: Record<string, number> = {};
  for (let first = 0; first < total; first += 1_000) {
    const messages = Array.from({ length: Math.min(1_000, total - first) }, (_, k) =>
      world.message(first + k, 'fault run'),
    );
    const answer = await callAs(world.account, dispatch.url, 'POST', '/messages/batch', { messages });
    if (answer.status !== 202) throw new Error(`batch refused: ${JSON.stringify(answer.body).slice(0, 300)}`);
    accepted += answer.body.accepted as number;
    if (!killedAtMs.dispatch && accepted >= total / 4) {
      killedAtMs.dispatch = Date.now() - t0;
      dispatch = await crashAndRestart(dispatch, 'dispatch');
      console.log(`dispatch SIGKILLed after ${accepted} accepted, and started again`);
    }
    if (!killedAtMs.receipts && accepted >= total / 2) {
      killedAtMs.receipts = Date.now() - t0;
      receipts = await crashAndRestart(receipts, 'receipts');
      console.log(`receipts SIGKILLed after ${accepted} accepted, and started again`);
    }
  }
  const acceptSeconds = (Date.now() - t0) / 1000;
  const counts = await eventually(
    () => world.countByStatus(),
    (c) => finalCount(c) >= accepted,
    {
      timeoutMs: 900_000,
      intervalMs: 1_000,
    },
  );
  const allFinalSeconds = (Date.now() - t0) / 1000;
  // Give late receipts (a message failed as unconfirmed that the carrier had after all) time to land.
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const settled = await world.countByStatus();
  const stats = (await (await fetch(`${platform.simulator.url}/simulator/messages/stats`)).json()) as {
    accepted: number;
    repeatedSubmissions: number;
  };
  const unconfirmed = Number(
    (await world.dispatchDb('messages').where({ error_code: 'SUBMISSION_UNCONFIRMED' }).count({ n: '*' }))[0]
      ?.n ?? 0,
  );
  const results = {
    accepted,
    byStatus: settled,
    lost: accepted - finalCount(counts),
    submittedTwice: stats.repeatedSubmissions,
    carrierAccepted: stats.accepted - world.campaigns.length,
    unconfirmedAfterCrash: unconfirmed,
    killedAtMs,
    acceptSeconds,
    allFinalSeconds,
  };
  console.table(results);
  writeReport('message-fault', { messages: total, campaigns: world.campaigns.length }, results);
  if (results.lost !== 0 || results.submittedTwice !== 0) process.exitCode = 1;
} finally {
  await Promise.all([dispatch.stop(), receipts.stop()]);
  await world.stop();
}
