import { SCOPES, type Scope } from '../keys/scopes.js';

/** A user's role in the account: what kinds of things the user may do. */
export const ROLES = ['admin', 'manager', 'user'] as const;
export type Role = (typeof ROLES)[number];

/** A user's role on one brand: how far the user may act on it (for users limited to their brands). */
export const BRAND_ROLES = ['owner', 'admin', 'member'] as const;
export type BrandRole = (typeof BRAND_ROLES)[number];

const resources: Scope[] = SCOPES.filter(
  (s) => !s.startsWith('users:') && !s.startsWith('api-keys:') && s !== 'audit:read',
);

/**
 * admin: everything, users and API keys included. manager: every resource of every brand, and may read
 * users and keys. user: sends and reads messages and opt-outs, works on campaigns, reads brands and
 * numbers, and only on the brands the user has a role on.
 */
export const ROLE_SCOPES: Record<Role, readonly Scope[]> = {
  admin: SCOPES,
  manager: [...resources, 'users:read', 'api-keys:read', 'audit:read'],
  user: [
    'messages:read',
    'messages:write',
    'opt-outs:read',
    'opt-outs:write',
    'brands:read',
    'brands:write',
    'campaigns:read',
    'campaigns:write',
    'numbers:read',
  ],
};

/** Whether a role on every brand, not only on the brands the user is given. */
export const seesEveryBrand = (role: Role) => role !== 'user';

/** What acting on a brand needs: reading it and sending under it, its campaigns, the brand itself. */
export type BrandAction = 'use' | 'campaigns' | 'brand';

const NEEDS: Record<BrandAction, BrandRole[]> = {
  use: ['member', 'admin', 'owner'],
  campaigns: ['admin', 'owner'],
  brand: ['owner'],
};

export const brandRoleAllows = (held: BrandRole | undefined, action: BrandAction) =>
  held !== undefined && NEEDS[action].includes(held);
