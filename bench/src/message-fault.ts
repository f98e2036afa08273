/**
 * The message path's fault run (issue 4): send N messages through dispatch; SIGKILL dispatch, then
 * receipts, mid-run and start them again; then count. Every accepted message must end in a final state,
 * none may reach the carrier (the simulator) twice, none may be lost.
 * Usage: pnpm --filter @longcode/bench message-fault [--messages 20000] [--campaigns 5]
 * (needs the stack and `pnpm build`). Writes bench/results/message-fault-<time>.json.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createDatabase } from '@longcode/eventstore';
import {
  callAs,
  eventually,
  partnerJourney,
  type RunningService,
  stackFromEnv,
  startPlatform,
  startService,
} from '@longcode/testing';
import { writeReport } from './report.js';

const { values } = parseArgs({
  options: { messages: { type: 'string', default: '20000' }, campaigns: { type: 'string', default: '5' } },
});
const total = Number(values.messages);
const campaignCount = Number(values.campaigns);
const started = Date.now();
const platform = await startPlatform(stackFromEnv(process.env), {
  simulator: {
    SIM_BRAND_DECISION_DELAY_MS: '50',
    SIM_VETTING_SCORE: '100',
    SIM_MESSAGES_PER_SECOND: '0',
    SIM_MESSAGES_RETAINED: String(total + 10_000),
    SIM_WEBHOOK_MAX_ATTEMPTS: '8',
  },
  services: { dispatch: { SUBMISSION_SETTLE_AFTER_MS: '30000', SENDER_MPS: '0' } },
});
const account = `acct-${randomBytes(4).toString('hex')}`;
const journey = partnerJourney(platform, account);
let dispatch: RunningService = platform.dispatch;
let receipts: RunningService = platform.receipts;
const dispatchDb = createDatabase({ url: platform.envs.dispatch.DATABASE_URL ?? '' });

try {
  const brand = await journey.approvedBrand({
    entityType: 'PUBLIC_PROFIT',
    legalName: 'Acme Dental Group, Inc.',
    displayName: 'Acme Dental',
    ein: '12-3456789',
    vertical: 'HEALTHCARE',
    email: 'ops@acmedental.example',
    stockSymbol: 'ACME',
    stockExchange: 'NASDAQ',
  });
  const campaigns: string[] = [];
  for (let i = 0; i < campaignCount; i++) {
    const campaignId = await journey.approvedCampaign(brand.brandId, 'ACCOUNT_NOTIFICATION', 'Acme Dental');
    await journey.assigned(await journey.ownedNumber('212'), campaignId);
    campaigns.push(campaignId);
  }
  const send = (body: unknown) => callAs(account, dispatch.url, 'POST', '/messages/batch', body);
  for (const campaignId of campaigns) {
    await eventually(
      () =>
        callAs(account, dispatch.url, 'POST', '/messages', {
          campaignId,
          to: '+13129999999',
          text: 'Acme Dental: warm-up',
        }),
      (r) => r.status === 202,
    );
  }
  console.log(`set up in ${((Date.now() - started) / 1000).toFixed(1)} s; sending ${total} messages`);

  const t0 = Date.now();
  let accepted = 0;
  const killed: Record<string, number> = {};
  for (let first = 0; first < total; first += 1_000) {
    const messages = Array.from({ length: Math.min(1_000, total - first) }, (_, k) => {
      const i = first + k;
      return {
        campaignId: campaigns[i % campaigns.length],
        to: `+13122${String(i).padStart(6, '0')}`,
        text: `Acme Dental: reminder ${i} of the fault run. Reply STOP to opt out.`,
      };
    });
    const answer = await send({ messages });
    if (answer.status !== 202) throw new Error(`batch refused: ${JSON.stringify(answer.body).slice(0, 300)}`);
    accepted += answer.body.accepted as number;
    if (!killed.dispatch && accepted >= total / 4) {
      killed.dispatch = Date.now() - t0;
      dispatch.process.kill('SIGKILL');
      await new Promise((resolve) => dispatch.process.once('exit', resolve));
      dispatch = await startService('dispatch', platform.envs.dispatch);
      console.log(`dispatch SIGKILLed after ${accepted} accepted, and started again`);
    }
    if (!killed.receipts && accepted >= total / 2) {
      killed.receipts = Date.now() - t0;
      receipts.process.kill('SIGKILL');
      await new Promise((resolve) => receipts.process.once('exit', resolve));
      receipts = await startService('receipts', platform.envs.receipts);
      console.log(`receipts SIGKILLed after ${accepted} accepted, and started again`);
    }
  }
  const acceptedIn = Date.now() - t0;

  const FINAL = ['delivered', 'undelivered', 'failed', 'expired', 'canceled'];
  const countByStatus = async () => {
    const rows: Array<{ status: string; n: number | string }> = await dispatchDb('messages')
      .where('to_number', 'like', '+13122%')
      .groupBy('status')
      .select('status', dispatchDb.raw('count(*) as n'));
    return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)])) as Record<string, number>;
  };
  const finalCount = (counts: Record<string, number>) => FINAL.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  const counts = await eventually(countByStatus, (c) => finalCount(c) >= accepted, {
    timeoutMs: 600_000,
    intervalMs: 1_000,
  });
  const allFinalIn = Date.now() - t0;
  const unconfirmed = Number(
    (await dispatchDb('messages').where({ error_code: 'SUBMISSION_UNCONFIRMED' }).count({ n: '*' }))[0]?.n ??
      0,
  );
  const stats = (await (await fetch(`${platform.simulator.url}/simulator/messages/stats`)).json()) as {
    accepted: number;
    repeatedSubmissions: number;
  };
  const results = {
    accepted,
    byStatus: counts,
    lost: accepted - finalCount(counts),
    submittedTwice: stats.repeatedSubmissions,
    carrierAccepted: stats.accepted - campaigns.length,
    unconfirmedAfterCrash: unconfirmed,
    killedAtMs: killed,
    acceptSeconds: acceptedIn / 1000,
    allFinalSeconds: allFinalIn / 1000,
  };
  console.table(results);
  writeReport('message-fault', { messages: total, campaigns: campaignCount }, results);
  if (results.lost !== 0 || results.submittedTwice !== 0) process.exitCode = 1;
} finally {
  await dispatchDb.destroy();
  await Promise.all([dispatch.stop(), receipts.stop()]);
  await platform.stop();
}
