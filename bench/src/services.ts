/**
 * The walking skeleton's processes under load: registration (HTTP → event store → outbox relay) and
 * analytics (projection consumer), each its own Node process as in production.
 * Usage: pnpm --filter @longcode/bench services [--brands 5000] [--concurrency 32]
 * Prints request rate and latency, end-to-end time until analytics has every brand, and each process's
 * peak RSS (from /proc); writes bench/results/services-<time>.json.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createTestDatabase, stackFromEnv, startService } from '@longcode/testing';
import { writeReport } from './report.js';
import { createLatencyRecorder, perSecond } from './stats.js';

const { values } = parseArgs({
  options: { brands: { type: 'string', default: '5000' }, concurrency: { type: 'string', default: '32' } },
});
const brands = Number(values.brands);
const stack = stackFromEnv(process.env);
const env = (url: string) => ({
  DATABASE_URL: url,
  KAFKA_BROKERS: stack.kafkaBrokers.join(','),
  SCHEMA_REGISTRY_URL: stack.schemaRegistryUrl,
});
const registrationDb = await createTestDatabase(stack.mysqlUrl, 'bench_registration');
const analyticsDb = await createTestDatabase(stack.mysqlUrl, 'bench_analytics');
const [registration, analytics] = await Promise.all([
  startService('registration', env(registrationDb.url)),
  startService('analytics', env(analyticsDb.url)),
]);

const rssMiB = (pid: number) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return Math.round(Number(line?.[1] ?? 0) / 102.4) / 10;
};
const peak = { registration: 0, analytics: 0 };
const sampler = setInterval(() => {
  peak.registration = Math.max(peak.registration, rssMiB(registration.process.pid as number));
  peak.analytics = Math.max(peak.analytics, rssMiB(analytics.process.pid as number));
}, 100);

const accountId = `acct-${randomBytes(4).toString('hex')}`;
const body = JSON.stringify({
  entityType: 'PRIVATE_PROFIT',
  legalName: 'Acme Dental LLC',
  displayName: 'Acme Dental',
  ein: '12-3456789',
  vertical: 'HEALTHCARE',
  email: 'ops@acme.example',
});
const latency = createLatencyRecorder();
let next = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: Number(values.concurrency) }, async () => {
    while (next < brands) {
      next += 1;
      const sent = performance.now();
      const response = await fetch(`${registration.url}/brands`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-account-id': accountId },
        body,
      });
      await response.arrayBuffer();
      if (response.status !== 201) throw new Error(`POST /brands answered ${response.status}`);
      latency.record(performance.now() - sent);
    }
  }),
);
const acceptedMs = performance.now() - started;
// Analytics has every brand when its read model counts them all (the API pages at 500).
const { default: knex } = await import('knex');
const db = knex({ client: 'mysql2', connection: analyticsDb.url });
while (Number((await db('brand_directory').count({ n: '*' }).first())?.n) < brands) {
  await new Promise((resolve) => setTimeout(resolve, 20));
}
const projectedMs = performance.now() - started;
clearInterval(sampler);
await db.destroy();
await Promise.all([registration.stop(), analytics.stop()]);
await Promise.all([registrationDb.drop(), analyticsDb.drop()]);

const result = {
  brands,
  concurrency: Number(values.concurrency),
  acceptedPerSecond: perSecond(brands, acceptedMs),
  requestLatencyMs: latency.summary(),
  allProjectedAfterMs: Math.round(projectedMs),
  projectedPerSecond: perSecond(brands, projectedMs),
  peakRssMiB: peak,
};
console.table(result);
writeReport('services', { brands, concurrency: Number(values.concurrency) }, result);
