/**
 * How fast a STOP takes effect (issue 4: dispatch refuses a send within 1 s, p99, of the STOP being
 * received): a person is texted, texts STOP (the simulator delivers the signed `message.received` to
 * receipts), and the clock runs from the moment the simulator is asked to send it until dispatch answers
 * a send to that person with RECIPIENT_OPTED_OUT. Sends are tried every `--poll` ms meanwhile (each one
 * accepted before the refusal is a real message; the count is reported).
 * `--background N` keeps the platform busy meanwhile: N messages a second to other people, in batches every
 * 200 ms, each delivered with its receipts (the STOP then travels through consumers that have work).
 * Usage: pnpm --filter @longcode/bench stop-refusal [--people 50] [--poll 10] [--background 0]
 * (needs the stack and `pnpm build`). Writes bench/results/stop-refusal-<time>.json.
 */
import { parseArgs } from 'node:util';
import { callAs, personTexts } from '@longcode/testing';
import { startMessagingWorld } from './message-world.js';
import { writeReport } from './report.js';
import { createLatencyRecorder } from './stats.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '50' },
    poll: { type: 'string', default: '10' },
    background: { type: 'string', default: '0' },
  },
});
const people = Number(values.people);
const pollMs = Number(values.poll);
const backgroundPerSecond = Number(values.background);
const world = await startMessagingWorld(1);
const campaignId = world.campaigns[0];
const send = (to: string) =>
  callAs(world.account, world.platform.dispatch.url, 'POST', '/messages', {
    campaignId,
    to,
    text: 'Acme Dental: your appointment is tomorrow at 10:00. Reply STOP to opt out.',
  });

/** N messages a second to other people until stopped, a batch every 200 ms; how many were accepted. */
function backgroundLoad(perSecond: number) {
  let sent = 0;
  let accepted = 0;
  let failure: unknown;
  const perBatch = Math.round(perSecond / 5);
  const timer =
    perBatch > 0
      ? setInterval(() => {
          const messages = Array.from({ length: perBatch }, () => world.message(sent++, 'background'));
          callAs(world.account, world.platform.dispatch.url, 'POST', '/messages/batch', { messages }).then(
            (answer) => {
              accepted += Number(answer.body.accepted ?? 0);
            },
            (error) => {
              failure = error;
            },
          );
        }, 200)
      : undefined;
  return {
    stop() {
      clearInterval(timer);
      if (failure) throw failure;
      return accepted;
    },
  };
}

const latency = createLatencyRecorder();
let acceptedMeanwhile = 0;
const background = backgroundLoad(backgroundPerSecond);
let backgroundAccepted = 0;
try {
  for (let i = 0; i < people; i++) {
    const person = `+1773${String(5_550_000 + i).padStart(7, '0')}`;
    const first = await send(person);
    if (first.status !== 202) throw new Error(`first send refused: ${JSON.stringify(first.body)}`);
    const started = performance.now();
    await personTexts(world.platform, { from: person, to: first.body.from, text: 'STOP' });
    for (;;) {
      const answer = await send(person);
      if (answer.status === 409 && answer.body.code === 'RECIPIENT_OPTED_OUT') break;
      if (answer.status !== 202) throw new Error(`unexpected answer: ${JSON.stringify(answer.body)}`);
      acceptedMeanwhile++;
      if (performance.now() - started > 30_000) throw new Error(`${person}: still accepted after 30 s`);
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
    latency.record(performance.now() - started);
  }
  backgroundAccepted = background.stop();
} finally {
  background.stop();
  await world.stop();
}
const result = {
  people,
  pollMs,
  backgroundPerSecond,
  backgroundAccepted,
  acceptedMeanwhile,
  stopToRefusalMs: latency.summary(),
};
console.table(result.stopToRefusalMs);
console.log(`sends accepted between a STOP and its refusal: ${acceptedMeanwhile}`);
console.log(`background messages accepted meanwhile: ${backgroundAccepted}`);
writeReport('stop-refusal', { people, pollMs, backgroundPerSecond }, result);
process.exit(0);
