/**
 * How fast a STOP takes effect (issue 4: dispatch refuses a send within 1 s, p99, of the STOP being
 * received): a person is texted, texts STOP (the simulator delivers the signed `message.received` to
 * receipts), and the clock runs from the moment the simulator is asked to send it until dispatch answers
 * a send to that person with RECIPIENT_OPTED_OUT. Sends are tried every `--poll` ms meanwhile (each one
 * accepted before the refusal is a real message; the count is reported).
 * Usage: pnpm --filter @longcode/bench stop-refusal [--people 50] [--poll 10]   (needs the stack and `pnpm build`)
 * Writes bench/results/stop-refusal-<time>.json.
 */
import { parseArgs } from 'node:util';
import { callAs, personTexts } from '@longcode/testing';
import { startMessagingWorld } from './message-world.js';
import { writeReport } from './report.js';
import { createLatencyRecorder } from './stats.js';

const { values } = parseArgs({
  options: { people: { type: 'string', default: '50' }, poll: { type: 'string', default: '10' } },
});
const people = Number(values.people);
const pollMs = Number(values.poll);
const world = await startMessagingWorld(1);
const campaignId = world.campaigns[0];
const send = (to: string) =>
  callAs(world.account, world.platform.dispatch.url, 'POST', '/messages', {
    campaignId,
    to,
    text: 'Acme Dental: your appointment is tomorrow at 10:00. Reply STOP to opt out.',
  });

const latency = createLatencyRecorder();
let acceptedMeanwhile = 0;
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
} finally {
  await world.stop();
}
const result = { people, pollMs, acceptedMeanwhile, stopToRefusalMs: latency.summary() };
console.table(result.stopToRefusalMs);
console.log(`sends accepted between a STOP and its refusal: ${acceptedMeanwhile}`);
writeReport('stop-refusal', { people, pollMs }, result);
process.exit(0);
