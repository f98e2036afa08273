import { describe, expect, it } from 'vitest';
import { signingSecretOf } from './deliverer.js';

describe('A callback delivery > its signing secret', () => {
  it("is its subscription's, or for a message's own status callback the account's", () => {
    const row = { subscription_id: 's1', subscription_secret: 'whsec_sub', callback_secret: 'whsec_account' };
    expect(signingSecretOf(row)).toBe('whsec_sub');
    expect(signingSecretOf({ ...row, subscription_id: null, subscription_secret: null })).toBe(
      'whsec_account',
    );
  });

  it("is none for a deleted subscription's delivery (not the account's instead), nor an empty one", () => {
    expect(
      signingSecretOf({ subscription_id: 's1', subscription_secret: null, callback_secret: 'whsec_account' }),
    ).toBeNull();
    expect(
      signingSecretOf({ subscription_id: null, subscription_secret: null, callback_secret: '' }),
    ).toBeNull();
  });
});
