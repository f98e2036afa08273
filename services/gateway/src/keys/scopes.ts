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
