import { campaignStream } from '@longcode/contracts';
import type { Database } from '@longcode/eventstore';

const drafted = 'longcode.registration.CampaignDrafted';
const expired = 'longcode.registration.CampaignExpired';

/**
 * How many campaigns of the brand have not expired, read from the event store's `events` table (campaign
 * streams only, through its stream-id index). A brand → campaigns read model should replace this scan; until
 * one exists (with a unique key), two simultaneous drafts for one sole-proprietor brand can both pass.
 */
export async function liveCampaignsOfBrand(db: Database, brandId: string): Promise<number> {
  const expiredEvents = db('events as expired')
    .select(db.raw('1'))
    .whereRaw('expired.stream_id = drafted.stream_id')
    .andWhere('expired.type', expired);
  const row = await db('events as drafted')
    .where('drafted.stream_id', 'like', `${campaignStream('')}%`)
    .andWhere('drafted.type', drafted)
    .andWhereRaw("JSON_UNQUOTE(JSON_EXTRACT(drafted.data, '$.brandId')) = ?", [brandId])
    .whereNotExists(expiredEvents)
    .count({ campaigns: '*' })
    .first();
  return Number(row?.campaigns ?? 0);
}
