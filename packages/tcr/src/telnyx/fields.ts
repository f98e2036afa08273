/** Small helpers shared by the request and response mappings. */

/** `{ [key]: value }`, or nothing for a value we do not have: Telnyx gets no nulls nor empty strings. */
export function present<K extends string>(key: K, value: string | null): Partial<Record<K, string>> {
  return value === null || value === '' ? {} : ({ [key]: value } as Record<K, string>);
}

/**
 * A 10DLC resource from Telnyx's answer. The API reference returns it as the body itself; some guides
 * show it under `data`: both are accepted.
 */
export function unwrap<T>(body: unknown): Partial<T> | null {
  if (typeof body !== 'object' || body === null) return null;
  const data = (body as { data?: unknown }).data;
  return (typeof data === 'object' && data !== null ? data : body) as Partial<T>;
}
