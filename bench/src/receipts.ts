/**
 * Receipts' own ceiling (issue 4: ≥ 5,000 receipts/s): signed Telnyx `message.finalized` webhooks posted
 * straight to receipts by `--clients` concurrent senders, the whole platform running. Every webhook is
 * signed before the clock starts (the signing is the carrier's work, not ours). A webhook counts once it
 * is answered 200: stored, deduplicated and its event committed with its outbox row.
 * Usage: pnpm --filter @longcode/bench receipts [--webhooks 20000] [--clients 64]
 * (needs the stack and `pnpm build`). Writes bench/results/receipts-<time>.json.
 */
import { createPrivateKey, randomUUID, sign } from 'node:crypto';
import { parseArgs } from 'node:util';
import { stackFromEnv, startPlatform } from '@longcode/testing';
import { writeReport } from './report.js';
import { createLatencyRecorder } from './stats.js';

const { values } = parseArgs({
  options: { webhooks: { type: 'string', default: '20000' }, clients: { type: 'string', default: '64' } },
});
const total = Number(values.webhooks);
const clients = Number(values.clients);
const platform = await startPlatform(stackFromEnv(process.env));
const key = createPrivateKey(platform.webhookSigningKey);
const url = `${platform.receipts.url}/webhooks/telnyx`;

/** A delivery report as Telnyx sends it, signed over `timestamp|body`. */
function signedWebhook(i: number) {
  const body = JSON.stringify({
    data: {
      event_type: 'message.finalized',
      id: randomUUID(),
      occurred_at: new Date().toISOString(),
      record_type: 'event',
      payload: {
        id: randomUUID(),
        record_type: 'message',
        direction: 'outbound',
        from: { phone_number: '+12125550100' },
        to: [{ phone_number: `+1312${String(5_000_000 + i).slice(-7)}`, status: 'delivered' }],
        text: 'Acme Dental: see you Tuesday.',
        errors: [],
      },
    },
    meta: { attempt: 1, delivered_to: url },
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(`${timestamp}|${body}`), key).toString('base64');
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'telnyx-signature-ed25519': signature,
      'telnyx-timestamp': timestamp,
    },
  };
}

try {
  const webhooks = Array.from({ length: total }, (_, i) => signedWebhook(i));
  const latency = createLatencyRecorder();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < webhooks.length) {
        const webhook = webhooks[next++];
        if (!webhook) break;
        const sent = performance.now();
        const response = await fetch(url, { method: 'POST', headers: webhook.headers, body: webhook.body });
        if (response.status !== 200) throw new Error(`receipts answered ${response.status}`);
        await response.arrayBuffer();
        latency.record(performance.now() - sent);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const result = {
    webhooks: total,
    clients,
    seconds: Number(seconds.toFixed(2)),
    perSecond: Math.round(total / seconds),
    answerMs: latency.summary(),
  };
  console.log(JSON.stringify(result, null, 2));
  writeReport('receipts', { webhooks: total, clients }, result);
} finally {
  await platform.stop();
}
process.exit(0);
