import { sendableCampaignsById, sendableSendersByNumber, sendableSendersOf } from '@longcode/sendable';
import type { Knex } from 'knex';
import { settingsOf } from '../campaigns/settings.js';
import { loadOptOuts } from '../consent/opt-outs.js';
import type { AcceptanceFacts, SendRequest } from './acceptance.js';

/**
 * Everything a batch of requests needs from dispatch's projections, in a few set-based queries (one per
 * table, not one per message), for one account.
 */
export async function loadAcceptanceFacts(
  db: Knex,
  accountId: string,
  requests: readonly SendRequest[],
  now: Date,
): Promise<AcceptanceFacts> {
  const explicit = await sendableSendersByNumber(db, unique(requests.map((r) => r.from)));
  const senderOf = new Map(explicit.map((s) => [s.phoneNumber, s]));
  const wanted = unique([...requests.map((r) => r.campaignId), ...explicit.map((s) => s.campaignId)]);
  const campaigns = new Map(
    (await sendableCampaignsById(db, wanted))
      .filter((c) => c.accountId === accountId)
      .map((c) => [c.campaignId, c]),
  );
  const ids = [...campaigns.keys()];
  const pools = groupBy(await sendableSendersOf(db, ids), (s) => s.campaignId);
  const recipients = unique(requests.map((r) => r.to));
  const sticky = new Map<string, string>();
  for (const row of ids.length && recipients.length
    ? await db('sticky_senders').whereIn('campaign_id', ids).whereIn('recipient', recipients)
    : []) {
    sticky.set(`${row.campaign_id}|${row.recipient}`, row.sender);
  }
  const optOuts = await loadOptOuts(
    db,
    recipients.map((phoneNumber) => ({ accountId, phoneNumber })),
    now,
  );
  const settings = await settingsOf(db, ids);

  return {
    campaign: (id) => campaigns.get(id),
    senderOf: (phoneNumber) => senderOf.get(phoneNumber),
    pool: (campaignId) => pools.get(campaignId) ?? [],
    sticky: (campaignId, recipient) => sticky.get(`${campaignId}|${recipient}`) ?? null,
    optOut: (recipient, campaign) =>
      optOuts.scopeFor({
        accountId,
        phoneNumber: recipient,
        campaignId: campaign.campaignId,
        brandId: campaign.brandId,
      }),
    smartEncoding: (campaignId) => settings.get(campaignId)?.smartEncoding ?? false,
  };
}

const unique = (values: Array<string | undefined>) => [
  ...new Set(values.filter((v): v is string => v !== undefined)),
];

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
