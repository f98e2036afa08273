import type { Carrier } from '@longcode/providers';
import { sendableCampaignsById } from '@longcode/sendable';
import type { Knex } from 'knex';
import type { ExistingMessage } from '../message/message.js';
import { type Blocks, countersFor } from '../pacing/counters.js';
import type { Limiter } from '../pacing/limiter.js';

export interface Wait {
  blocks: Blocks;
  until: Date;
  rule: string;
}

/** A campaign that may not send any more (suspended, expired) holds its messages; it is looked at again after this. */
const NOT_SENDABLE_RECHECK_MS = 30_000;

/**
 * Whether a message may take its share of its campaign's throughput now, given its recipient's carrier
 * (null when not known: it then counts against every carrier's limit). A campaign that no longer may
 * send holds its messages (they wait, and expire at the end of their validity, if they have one).
 */
export async function createPace(
  trx: Knex.Transaction,
  campaignIds: string[],
  limiter: Limiter | undefined,
  senderMps: number,
) {
  const campaigns = new Map((await sendableCampaignsById(trx, campaignIds)).map((c) => [c.campaignId, c]));
  return {
    async admit(m: ExistingMessage, carrier: Carrier | null, now: Date): Promise<Wait | undefined> {
      const campaign = campaigns.get(m.campaignId);
      if (!campaign) {
        return {
          blocks: { scope: 'campaign', id: m.campaignId },
          until: new Date(now.getTime() + NOT_SENDABLE_RECHECK_MS),
          rule: 'the campaign may not send (suspended or expired)',
        };
      }
      if (!limiter) return undefined;
      const counters = countersFor(
        { ...m, mms: m.mediaUrls.length > 0, carrier },
        campaign.throughput,
        now,
        senderMps,
      );
      const taken = await limiter.take(counters, now);
      return taken.ok
        ? undefined
        : { blocks: taken.counter.blocks, until: taken.counter.resetsAt, rule: taken.counter.rule };
    },
  };
}
