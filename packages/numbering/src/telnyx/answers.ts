import { ProviderError } from '@longcode/kit';

/** One call to Telnyx's API under its root (`/number_orders`, …): the answer's JSON, or a ProviderError. */
export type TelnyxCall = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
) => Promise<unknown>;

/** The entries of a Telnyx list (`{ data: [...] }`). */
export function listOf<T>(body: unknown): T[] {
  const data = (body as { data?: unknown } | null)?.data;
  return Array.isArray(data) ? (data as T[]) : [];
}

/** An answer we cannot read: asking again would get the same, so not retriable. */
export function unreadable(what: string, missing: string): ProviderError {
  return new ProviderError(`Telnyx ${what} answered without ${missing}`, { retriable: false });
}
