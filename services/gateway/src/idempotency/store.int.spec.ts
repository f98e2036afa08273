import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { gatewayDatabase } from '../testing/database.js';
import { claim, purgeExpired, recordedUnder, saveAnswer } from './store.js';

const db = gatewayDatabase('idempotency');
const owner = { accountId: '01890000-0000-7000-8000-000000000001', credentialId: 'key-1' };
const now = new Date('2026-11-22T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

async function answered(key: string, at: Date) {
  expect(await claim(db(), owner, key, 'f'.repeat(64), at)).toBe(true);
  await saveAnswer(db(), owner, key, {
    status: 202,
    body: Buffer.from(JSON.stringify({ id: key })),
    contentType: 'application/json',
  });
}

describe('Idempotency keys > past their 24 h', () => {
  it('are deleted with their stored answers, in batches, and the keys still in their 24 h stay', async () => {
    const expired = ['old-1', 'old-2', 'old-3', 'old-4', 'old-5'];
    for (const [i, key] of expired.entries()) await answered(key, hoursAgo(24 + i));
    await answered('fresh', hoursAgo(23.9));
    expect(await claim(db(), owner, 'running', 'f'.repeat(64), hoursAgo(1))).toBe(true);

    expect(await purgeExpired(db(), now, 2)).toBe(5);

    for (const key of expired) expect(await recordedUnder(db(), owner, key)).toBeUndefined();
    expect(await recordedUnder(db(), owner, 'fresh')).toMatchObject({ status: 202 });
    expect(await recordedUnder(db(), owner, 'running')).toMatchObject({ status: null });
    expect(await purgeExpired(db(), now, 2)).toBe(0);
  });
});
