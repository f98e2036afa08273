import { describe, expect, it } from 'vitest';
import { newSigningSecret, signCallback, verifyCallback } from './signing.js';

describe('A callback signature', () => {
  const secret = newSigningSecret();
  const body = '{"type":"message.status","data":{"status":"delivered"}}';

  it('verifies with the account secret over the raw body and its timestamp', () => {
    expect(verifyCallback(secret, signCallback(secret, 1_800_000_000, body), body, 1_800_000_010)).toBe(true);
  });

  it('fails with another secret, another body, or a timestamp outside the tolerance', () => {
    const header = signCallback(secret, 1_800_000_000, body);
    expect(verifyCallback(newSigningSecret(), header, body, 1_800_000_000)).toBe(false);
    expect(verifyCallback(secret, header, `${body} `, 1_800_000_000)).toBe(false);
    expect(verifyCallback(secret, header, body, 1_800_000_301)).toBe(false);
  });

  it('is HMAC-SHA256 over "<timestamp>.<body>", hex (a vector computed independently)', () => {
    // printf '%s' '1700000000.{}' | openssl dgst -sha256 -hmac 'whsec_test'
    expect(signCallback('whsec_test', 1_700_000_000, '{}')).toBe(
      't=1700000000,v1=35495024f4ef3f94e5a93e22221544c4b75e9a42300cd965ab81cb85cd994e91',
    );
  });
});
