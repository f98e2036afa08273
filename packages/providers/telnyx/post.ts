import type { Fetch } from '@longcode/telnyx';

/**
 * What became of one `POST /v2/messages`, as far as the wire can tell. `callTelnyx` (@longcode/telnyx) turns
 * every failure into a ProviderError; a send must instead tell "Telnyx answered" from "nothing left this
 * machine" from "the request may have left and the answer is lost", so it has this wrapper of its own.
 */
export type PostAnswer =
  | { kind: 'answered'; status: number; headers: Headers; body: unknown }
  /** The connection was never made: Telnyx cannot have seen the request. */
  | { kind: 'not-sent'; code: string; reason: string }
  /** A timeout or a connection lost once it was made: Telnyx may have accepted the message. */
  | { kind: 'lost'; reason: string };

export interface PostRequest {
  fetch: Fetch;
  url: string;
  apiKey: string;
  body: unknown;
  timeoutMs: number;
}

/**
 * Failures that happen before a connection exists (Node's `fetch` puts them in `cause.code`, or in each of
 * an AggregateError's errors when it tried several addresses): refused, no such host, no route.
 */
const BEFORE_CONNECTING = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

export async function postJson({ fetch, url, apiKey, body, timeoutMs }: PostRequest): Promise<PostAnswer> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${apiKey}`,
        accept: 'application/json',
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
      // A redirect is an answer, not something to follow: fetch would turn a 301/302 POST into a GET.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const code = connectionCode(error);
    if (code !== undefined) return { kind: 'not-sent', code, reason: `${describe(error)} (${code})` };
    return { kind: 'lost', reason: lostReason(error, timeoutMs) };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    // An error status already says Telnyx refused the message; a cut-off 2xx says nothing of its id.
    if (!response.ok)
      return { kind: 'answered', status: response.status, headers: response.headers, body: undefined };
    return {
      kind: 'lost',
      reason: `Telnyx answered ${response.status}, then ${lostReason(error, timeoutMs)}`,
    };
  }
  return { kind: 'answered', status: response.status, headers: response.headers, body: parseJson(text) };
}

/** The pre-connection code of a failed fetch, or undefined when the request may have left. */
function connectionCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && BEFORE_CONNECTING.has(code)) return code;
    if (e instanceof AggregateError && e.errors.length > 0 && e.errors.every((x) => connectionCode(x))) {
      return connectionCode(e.errors[0]);
    }
  }
  return undefined;
}

function lostReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `Telnyx did not answer within ${timeoutMs} ms`;
  }
  return `the connection to Telnyx failed: ${describe(error)}`;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}
