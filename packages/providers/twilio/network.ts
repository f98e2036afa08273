import type { SendResult } from '../src/port.js';

/**
 * Errors that mean the request never reached Twilio: no connection was made, so nothing was sent. Node's
 * fetch reports them as `TypeError: fetch failed` with the socket error (and its `code`) as `cause`.
 */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * What a failed call says became of the send: rejected (retriable) when the connection was never made;
 * otherwise unknown — a timeout or a connection lost once the request may have left.
 */
export function sendResultOfFailure(error: unknown): SendResult {
  const code = neverSentCode(error);
  if (code !== undefined) {
    return {
      outcome: 'rejected',
      code,
      description: `Twilio could not be reached: ${describe(error)}`,
      retriable: true,
      retryAfterMs: null,
    };
  }
  return { outcome: 'unknown', reason: `Twilio call failed: ${describe(error)}` };
}

function neverSentCode(error: unknown): string | undefined {
  const cause = (error as { cause?: unknown } | null)?.cause;
  const direct = [error, cause].map(codeOf).find((code) => code !== undefined && NEVER_SENT.has(code));
  if (direct !== undefined) return direct;
  // Happy-eyeballs connects report one error per address tried: never sent only if every one says so.
  const errors = (cause as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  const codes = errors.map(codeOf);
  return codes.every((code) => code !== undefined && NEVER_SENT.has(code)) ? codes[0] : undefined;
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.name}: ${error.message}${cause}`;
}
