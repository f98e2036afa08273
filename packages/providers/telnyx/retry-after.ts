/**
 * How long Telnyx asks us to wait, in ms, or null when it does not say. `Retry-After` is read as HTTP
 * defines it (delay-seconds or an HTTP-date); Telnyx documents `x-ratelimit-reset` as "the time in seconds
 * until the rate limit resets" on its rate-limited answers.
 * https://developers.telnyx.com/development/api-fundamentals/reliability/rate-limiting
 */
export function retryAfterMs(headers: Headers, now: Date): number | null {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.max(0, at - now.getTime());
  }
  const reset = headers.get('x-ratelimit-reset')?.trim();
  if (reset && /^\d+(\.\d+)?$/.test(reset)) return Math.ceil(Number(reset) * 1000);
  return null;
}
