import { createDatabase } from '@longcode/eventstore';
import { openAccount, partnerJourney, stackFromEnv, startPlatform } from '@longcode/testing';

/**
 * What the messaging benchmarks stand on: the whole platform as separate processes with the simulator
 * as the carrier (no rate limit), a public company's brand (AT&T class A, T-Mobile uncapped for the day)
 * and `campaigns` approved campaigns with a number each, and dispatch's database to count final states.
 */
export async function startMessagingWorld(
  campaignCount: number,
  overrides: { dispatch?: Record<string, string>; simulator?: Record<string, string> } = {},
) {
  const platform = await startPlatform(stackFromEnv(process.env), {
    simulator: {
      SIM_BRAND_DECISION_DELAY_MS: '50',
      SIM_VETTING_SCORE: '100',
      SIM_MESSAGES_PER_SECOND: '0',
      SIM_MESSAGES_RETAINED: '60000',
      SIM_WEBHOOK_MAX_ATTEMPTS: '8',
      SIM_MESSAGE_SENT_DELAY_MS: '0',
      SIM_MESSAGE_DELIVERY_DELAY_MS: '0',
      ...overrides.simulator,
    },
    services: {
      dispatch: { SENDER_MPS: '0', ...overrides.dispatch },
      gateway: { ACCOUNT_LIMIT_PER_MINUTE: '100000000' },
    },
  });
  const dispatchDb = createDatabase({ url: platform.envs.dispatch.DATABASE_URL ?? '' });
  try {
    // The account is opened at the gateway (the operator's API), with a key for the gateway benchmark.
    const { accountId: account, key: apiKey } = await openAccount(platform, 'Acme Dental Group', {
      name: 'bench',
      limitPerMinute: 1_000_000,
      limitPerHour: 100_000_000,
    });
    const journey = partnerJourney(platform, account);
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
    const world = {
      platform,
      account,
      apiKey,
      campaigns,
      dispatchDb,
      /** The i-th message of a run: its own recipient (under `prefix`) and text, the campaigns taken in turn. */
      message: (i: number, run = 'run', prefix = MEASURED) => ({
        campaignId: campaigns[i % campaigns.length],
        to: `${prefix}${String(i).padStart(6, '0')}`,
        text: `Acme Dental: reminder ${i} of the ${run}. Reply STOP to opt out.`,
      }),
      /** Messages to the recipients under `prefix` (the measured run's by default) by status, in dispatch's table. */
      async countByStatus(prefix = MEASURED): Promise<Record<string, number>> {
        const rows: Array<{ status: string; n: number | string }> = await dispatchDb('messages')
          .where('to_number', 'like', `${prefix}%`)
          .groupBy('status')
          .select('status', dispatchDb.raw('count(*) as n'));
        return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
      },
      async stop() {
        await dispatchDb.destroy();
        await platform.stop();
      },
    };
    for (const campaignId of campaigns) await journey.sendable(campaignId, 'Acme Dental');
    return world;
  } catch (error) {
    // A world that did not come up stops what it started (its processes would outlive the script).
    await dispatchDb.destroy();
    await platform.stop();
    throw error;
  }
}

/** The recipients of the measured run, and of a warm-up before it. */
export const MEASURED = '+13122';
export const WARM_UP = '+13123';

export const FINAL_STATUSES = ['delivered', 'undelivered', 'failed', 'expired', 'canceled'];
export const finalCount = (counts: Record<string, number>) =>
  FINAL_STATUSES.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
