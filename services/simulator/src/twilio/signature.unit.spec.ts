import { describe, expect, it } from 'vitest';
import { signTwilioWebhook } from './signature.js';
import { idOfSid, sidOf } from './wire.js';

describe('Twilio webhook signature', () => {
  it("matches Twilio's worked example (Auth Token 12345)", () => {
    const params = new URLSearchParams({
      CallSid: 'CA1234567890ABCDE',
      Caller: '+12349013030',
      Digits: '1234',
      From: '+12349013030',
      To: '+18005551212',
    });
    const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
    expect(signTwilioWebhook('12345', url, params)).toBe('0/KCTR6DLpKmkAf8muzZqo1nDgQ=');
  });
});

describe('Twilio message sids', () => {
  it('are SM (MM with media) and the UUID hex, and read back to the UUID', () => {
    const id = '0b7c8a52-3d1e-4f6a-9c2b-5e8d7f1a2b3c';
    expect(sidOf(id, false)).toBe('SM0b7c8a523d1e4f6a9c2b5e8d7f1a2b3c');
    expect(sidOf(id, true)).toBe('MM0b7c8a523d1e4f6a9c2b5e8d7f1a2b3c');
    expect(idOfSid(sidOf(id, true))).toBe(id);
    expect(idOfSid('SMnot-ours')).toBeNull();
  });
});
