import type { Knex } from 'knex';
import { PRIORITIES, type Priority } from '../message/priority.js';
import type { Blocked, BlockedScopes } from './blocks.js';

/**
 * What dispatch knows of recipients' carriers now: nothing (no lookups: every message counts against
 * every carrier), the cache with lookups working (a recipient never looked up will be, when claimed), or
 * the cache with lookups paused by an outage (a recipient not in the cache counts against every carrier).
 */
export type CarrierKnowledge = 'none' | 'lookups' | 'lookups-paused';

type Claimed = Array<{ message_id: string; campaign_id: string }>;

/**
 * Up to `limit` due messages for a pass: the most urgent priority first, the longest due first within
 * it. One range read per priority on (priority, due_at), until the pass has enough.
 */
export async function claimDue(
  trx: Knex.Transaction,
  at: Date,
  blocked: Blocked,
  limit: number,
  knowledge: CarrierKnowledge,
): Promise<Claimed> {
  const claimed: Claimed = [];
  for (const priority of PRIORITIES) {
    if (claimed.length >= limit) break;
    claimed.push(...(await claimDueOf(trx, priority, at, blocked, limit - claimed.length, knowledge)));
  }
  return claimed;
}

/**
 * The due messages of one priority a pass claims, leaving alone what is held: every message of a blocked
 * campaign, brand or sender; of a carrier's blocked scope, only the messages that would count against that
 * carrier (its subscribers', and recipients' whose carrier is not known). Locked FOR UPDATE SKIP LOCKED:
 * another instance's pass takes others. The carrier cache is read in a subquery only when a carrier holds
 * something.
 */
function claimDueOf(
  trx: Knex.Transaction,
  priority: Priority,
  at: Date,
  blocked: Blocked,
  limit: number,
  knowledge: CarrierKnowledge,
) {
  const query = trx('messages')
    .where('priority', priority)
    .where('due_at', '<=', at)
    .whereNotIn('campaign_id', blocked.campaign)
    .whereNotIn('brand_id', blocked.brand)
    .whereNotIn('from_number', blocked.sender);
  for (const { carrier, scopes } of blocked.carriers) {
    const cached = (carriers: (q: Knex.QueryBuilder) => Knex.QueryBuilder) => (q: Knex.QueryBuilder) =>
      carriers(
        q
          .select(trx.raw('1'))
          .from('recipient_carriers')
          .whereRaw('recipient_carriers.phone_number = messages.to_number'),
      );
    const countsAgainst = [carrier, 'unknown'];
    query.whereNot((held) => {
      held.where((inScope) => inScopes(inScope, scopes));
      // With lookups working, a recipient not looked up yet is claimed, to be looked up.
      if (knowledge === 'lookups')
        held.whereExists(cached((q) => q.whereIn('recipient_carriers.carrier', countsAgainst)));
      if (knowledge === 'lookups-paused')
        held.whereNotExists(cached((q) => q.whereNotIn('recipient_carriers.carrier', countsAgainst)));
    });
  }
  return query
    .orderBy('due_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .select('message_id', 'campaign_id') as Promise<Claimed>;
}

function inScopes(q: Knex.QueryBuilder, scopes: BlockedScopes) {
  return q
    .whereIn('campaign_id', scopes.campaign)
    .orWhereIn('brand_id', scopes.brand)
    .orWhereIn('from_number', scopes.sender);
}
