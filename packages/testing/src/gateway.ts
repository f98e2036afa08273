import type { Platform } from './platform.js';

/** An answer of the partner API: its status, headers, the text and the JSON body (null when empty). */
export interface GatewayAnswer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers, asserted field by field by the tests
  body: any;
  text: string;
}

/** Calls the gateway as a partner: `credential` is an API key, a session token or the operator's token. */
export async function callGateway(
  platform: Platform,
  method: string,
  path: string,
  {
    credential,
    body,
    headers = {},
  }: { credential?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<GatewayAnswer> {
  const response = await fetch(`${platform.gateway.url}${path}`, {
    method,
    headers: {
      ...(credential ? { authorization: `Bearer ${credential}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null, text };
}

/**
 * The operator opens a partner account at the gateway and gives it an API key (all scopes unless told
 * otherwise); throws when the gateway refuses either.
 */
export async function openAccount(
  platform: Platform,
  name: string,
  key: { name?: string; scopes?: string[]; limitPerMinute?: number; limitPerHour?: number } = {},
): Promise<{ accountId: string; key: string }> {
  const operator = async (path: string, body: unknown) => {
    const answer = await callGateway(platform, 'POST', path, { credential: platform.operatorToken, body });
    if (answer.status !== 201) throw new Error(`gateway ${path}: ${answer.status} ${answer.text}`);
    return answer.body as Record<string, string>;
  };
  const { accountId = '' } = await operator('/admin/accounts', { name });
  const issued = await operator(`/admin/accounts/${accountId}/api-keys`, {
    name: key.name ?? 'server',
    scopes: key.scopes ?? ['*'],
    ...(key.limitPerMinute ? { limitPerMinute: key.limitPerMinute } : {}),
    ...(key.limitPerHour ? { limitPerHour: key.limitPerHour } : {}),
  });
  return { accountId, key: issued.key ?? '' };
}
