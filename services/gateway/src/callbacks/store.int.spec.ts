import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { gatewayDatabase } from '../testing/database.js';
import { DELIVERIES_KEPT_MS, forgetOldDeliveries, toDelivery } from './store.js';

const database = gatewayDatabase('gw_deliveries');
const now = new Date('2027-03-01T08:00:00.000Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3_600_000);

async function delivery(status: 'pending' | 'delivered' | 'failed', createdAt: Date) {
  const id = randomUUID();
  await database()('callback_deliveries').insert({
    delivery_id: id,
    account_id: 'acct-log',
    message_id: randomUUID(),
    subscription_id: null,
    event_type: 'message.status',
    url: 'https://hooks.acme.example/status',
    payload: JSON.stringify({ id }),
    status,
    attempts: 1,
    next_attempt_at: status === 'pending' ? now : null,
    last_status_code: status === 'delivered' ? 200 : 500,
    last_error: null,
    created_at: createdAt,
    delivered_at: status === 'delivered' ? createdAt : null,
  });
  return id;
}

describe('The callback delivery log', () => {
  it('forgets deliveries that are over 30 days on, and keeps the recent and the still pending', async () => {
    const kept = DELIVERIES_KEPT_MS / (24 * 3_600_000);
    await delivery('delivered', daysAgo(kept));
    await delivery('failed', daysAgo(kept + 5));
    const stay = [
      await delivery('delivered', daysAgo(kept - 1)),
      await delivery('pending', daysAgo(kept + 5)), // a replay in progress
    ];

    expect(await forgetOldDeliveries(database(), now, 1)).toBe(2);

    const left = (await database()('callback_deliveries').where({ account_id: 'acct-log' })).map(toDelivery);
    expect(left.map((d) => d.id).sort()).toEqual([...stay].sort());
  });
});
