import { describe, expect, it } from 'vitest';
import { retryAfterMs } from './retry-after.js';

const now = new Date('2026-03-20T18:10:00.000Z');

describe('Telnyx messaging > retry after', () => {
  it('reads Retry-After in seconds', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '5' }), now)).toBe(5000);
  });

  it('reads Retry-After as an HTTP date, from now', () => {
    const headers = new Headers({ 'retry-after': 'Fri, 20 Mar 2026 18:10:30 GMT' });
    expect(retryAfterMs(headers, now)).toBe(30_000);
  });

  it('never answers a negative wait for a date already past', () => {
    const headers = new Headers({ 'retry-after': 'Fri, 20 Mar 2026 18:09:00 GMT' });
    expect(retryAfterMs(headers, now)).toBe(0);
  });

  it('falls back on x-ratelimit-reset, seconds until the window resets', () => {
    expect(retryAfterMs(new Headers({ 'x-ratelimit-reset': '1.5' }), now)).toBe(1500);
  });

  it('is null without a readable header', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon', 'x-ratelimit-reset': '-3' }), now)).toBeNull();
    expect(retryAfterMs(new Headers(), now)).toBeNull();
  });
});
