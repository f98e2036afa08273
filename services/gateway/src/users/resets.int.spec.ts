import { describe, expect, it } from 'vitest';
import { gatewayDatabase } from '../testing/database.js';
import { issueReset, MAX_LIVE_RESETS } from './resets.js';
import { insertUser } from './store.js';

const database = gatewayDatabase('gw_resets');

describe('Password resets', () => {
  it(`issues at most ${MAX_LIVE_RESETS} live links to a user, even to requests that arrive together`, async () => {
    const now = new Date();
    const user = await insertUser(
      database(),
      'acct-resets',
      { email: 'rushed@acme.example', firstName: 'Ada', lastName: 'Byron', role: 'user' },
      'not-a-real-hash',
      now,
    );
    if (!user) throw new Error('no user');
    const tokens = await Promise.all(Array.from({ length: 10 }, () => issueReset(database(), user.id, now)));
    expect(tokens.filter((token) => token !== null)).toHaveLength(MAX_LIVE_RESETS);
    expect(await issueReset(database(), user.id, now)).toBeNull();
  });
});
