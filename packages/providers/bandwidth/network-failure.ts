import type { SendResult } from '../src/port.js';

/**
 * Errors that mean no connection was ever made, so Bandwidth cannot have seen the request: refused, no
 * such host (now), no route, or undici's own connect timeout.
 */
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/**
 * What a failed `fetch` means for the message. Before a connection: `rejected`, retriable (nothing left).
 * Anything else — our timeout, a connection reset or closed while the request was on its way or after —
 * may have happened after Bandwidth took the message: `unknown`, for receipts to settle.
 */
export function toNetworkFailure(error: unknown, timeoutMs: number): SendResult {
  const code = notSentCode(error);
  if (code) {
    return {
      outcome: 'rejected',
      code,
      description: `Could not connect to Bandwidth: ${messageOf(error)}`,
      retriable: true,
      retryAfterMs: null,
    };
  }
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return { outcome: 'unknown', reason: `Bandwidth did not answer within ${timeoutMs} ms` };
  }
  return { outcome: 'unknown', reason: `The request to Bandwidth failed: ${messageOf(error)}` };
}

/** The connect error's code, looked for along the `cause` chain (fetch wraps it in `TypeError: fetch failed`). */
function notSentCode(error: unknown): string | null {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NOT_SENT.has(code)) return code;
    if (current instanceof AggregateError && current.errors.length > 0) {
      const codes = current.errors.map(notSentCode);
      if (codes.every((c) => c !== null)) return codes[0] ?? null;
    }
    current = current.cause;
  }
  return null;
}

/** The innermost message: `connect ECONNREFUSED 10.0.0.1:443` says more than `fetch failed`. */
function messageOf(error: unknown): string {
  let current = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? current.message : String(error);
}
