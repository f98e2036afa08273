/** What a key may do. A key holds some of these; `*` holds them all. */
export const SCOPES = [
  'messages:read',
  'messages:write',
  'brands:read',
  'brands:write',
  'campaigns:read',
  'campaigns:write',
  'numbers:read',
  'numbers:write',
  'opt-outs:read',
  'opt-outs:write',
  'callbacks:read',
  'callbacks:write',
  'api-keys:read',
  'api-keys:write',
  'users:read',
  'users:write',
  'audit:read',
] as const;

export type Scope = (typeof SCOPES)[number];

export const isScope = (value: string): value is Scope => (SCOPES as readonly string[]).includes(value);

/** Whether a key's scopes allow what a route needs (`:write` does not imply `:read`: ask for both). */
export function allows(held: readonly string[], needed: Scope): boolean {
  return held.includes('*') || held.includes(needed);
}

/**
 * The scopes asked for a new key that its maker does not hold (`*` asks for every scope): a key may be
 * given no more than its maker may do, or a key holding only `api-keys:write` would make one holding all.
 */
export function scopesBeyond(held: readonly string[], requested: readonly string[]): Scope[] {
  const asked = requested.includes('*') ? SCOPES : requested.filter(isScope);
  return asked.filter((scope) => !allows(held, scope));
}
