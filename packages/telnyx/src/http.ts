import { ProviderError } from '@longcode/kit';

/** Telnyx's v2 error body. The 10DLC OpenAPI also names FastAPI's `{ detail: [{ loc, msg }] }` for 422. */
export interface TelnyxErrorBody {
  errors?: Array<{ code?: string | number; title?: string; detail?: string; source?: { pointer?: string } }>;
  detail?: string | Array<{ loc?: Array<string | number>; msg?: string }>;
}

export type Fetch = typeof globalThis.fetch;

export interface TelnyxRequest {
  fetch: Fetch;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  apiKey: string;
  body?: unknown;
  timeoutMs: number;
}

/**
 * One call to Telnyx's API with its Bearer key. The answer's JSON on 2xx; otherwise a ProviderError:
 * retriable when trying again may help (network failure, timeout, 5xx, 429), not for other 4xx.
 */
export async function callTelnyx({
  fetch,
  method,
  url,
  apiKey,
  body,
  timeoutMs,
}: TelnyxRequest): Promise<unknown> {
  const what = `Telnyx ${method} ${new URL(url).pathname}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${apiKey}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (cause) {
    throw new ProviderError(`${what} failed: ${(cause as Error).message}`, { retriable: true, cause });
  }
  const text = await response.text();
  const json = parseJson(text);
  if (!response.ok) {
    const status = response.status;
    const retriable = status >= 500 || status === 429;
    throw new ProviderError(
      `${what} answered ${status}: ${errorDetail(json) ?? (text.slice(0, 200) || 'no body')}`,
      {
        retriable,
        status,
      },
    );
  }
  if (json === undefined) {
    throw new ProviderError(`${what} answered ${response.status} without JSON`, {
      retriable: false,
      status: response.status,
    });
  }
  return json;
}

/** Telnyx's error detail in one line: `10002 Invalid parameter: ein is invalid (/ein)`. */
export function errorDetail(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { errors, detail } = body as TelnyxErrorBody;
  if (Array.isArray(errors) && errors.length > 0) {
    return errors
      .map((e) => {
        const head = [e.code, e.title].filter((part) => part !== undefined && part !== '').join(' ');
        const pointer = e.source?.pointer ? ` (${e.source.pointer})` : '';
        return `${head}${e.detail ? `: ${e.detail}` : ''}${pointer}`;
      })
      .join('; ');
  }
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail))
    return detail.map((d) => `${(d.loc ?? []).join('.')}: ${d.msg ?? ''}`).join('; ');
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Telnyx's API root (`…/v2`) from its origin or from the root itself: both are accepted in configuration. */
export function telnyxApiRoot(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '').replace(/\/v2$/, '')}/v2`;
}
