import { describe, expect, it } from 'vitest';
import { gatewayDatabase } from '../testing/database.js';
import { forgetEndedResets, issueReset, MAX_LIVE_RESETS, RESET_TTL_MS, resetOwner } from './resets.js';
import { ENDED_KEPT_MS } from './sessions.js';
import { insertUser } from './store.js';
import { tokenHash } from './tokens.js';

const database = gatewayDatabase('gw_resets');

async function userWith(email: string, now: Date) {
  const user = await insertUser(
    database(),
    'acct-resets',
    { email, firstName: 'Ada', lastName: 'Byron', role: 'user' },
    'not-a-real-hash',
    now,
  );
  if (!user) throw new Error('no user');
  return user;
}

describe('Password resets', () => {
  it(`issues at most ${MAX_LIVE_RESETS} live links to a user, even to requests that arrive together`, async () => {
    const now = new Date();
    const user = await userWith('rushed@acme.example', now);
    const tokens = await Promise.all(Array.from({ length: 10 }, () => issueReset(database(), user.id, now)));
    expect(tokens.filter((token) => token !== null)).toHaveLength(MAX_LIVE_RESETS);
    expect(await issueReset(database(), user.id, now)).toBeNull();
  });

  it('deletes a link a week after it stopped working, not before', async () => {
    const t0 = new Date('2027-03-01T08:00:00.000Z');
    const user = await userWith('forgetful@acme.example', t0);
    const token = await issueReset(database(), user.id, t0);
    if (!token) throw new Error('no link');
    const weekAfterEnd = new Date(t0.getTime() + RESET_TTL_MS + ENDED_KEPT_MS);
    await forgetEndedResets(database(), new Date(weekAfterEnd.getTime() - 1));
    expect(await resetOwner(database(), tokenHash(token), t0)).toBe(user.id);
    expect(await forgetEndedResets(database(), weekAfterEnd, 1)).toBe(1);
    expect(await resetOwner(database(), tokenHash(token), t0)).toBeNull();
  });
});
