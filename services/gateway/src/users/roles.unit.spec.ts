import { describe, expect, it } from 'vitest';
import { allows } from '../keys/scopes.js';
import { brandRoleAllows, ROLE_SCOPES, seesEveryBrand } from './roles.js';

describe('Roles', () => {
  it('admin may manage users and API keys; manager may only read them', () => {
    expect(allows(ROLE_SCOPES.admin, 'users:write')).toBe(true);
    expect(allows(ROLE_SCOPES.admin, 'api-keys:write')).toBe(true);
    expect(allows(ROLE_SCOPES.manager, 'users:read')).toBe(true);
    expect(allows(ROLE_SCOPES.manager, 'users:write')).toBe(false);
    expect(allows(ROLE_SCOPES.manager, 'api-keys:write')).toBe(false);
    expect(allows(ROLE_SCOPES.manager, 'numbers:write')).toBe(true);
  });

  it('user sends and reads messages but neither orders numbers nor sees users, keys or the audit log', () => {
    expect(allows(ROLE_SCOPES.user, 'messages:write')).toBe(true);
    for (const scope of [
      'numbers:write',
      'users:read',
      'api-keys:read',
      'audit:read',
      'callbacks:write',
    ] as const) {
      expect(allows(ROLE_SCOPES.user, scope)).toBe(false);
    }
  });

  it('only user is limited to the brands it has a role on', () => {
    expect(seesEveryBrand('admin')).toBe(true);
    expect(seesEveryBrand('manager')).toBe(true);
    expect(seesEveryBrand('user')).toBe(false);
  });

  describe('on a brand', () => {
    it('member uses it (reads, sends); admin also runs its campaigns; owner also changes the brand', () => {
      expect(brandRoleAllows('member', 'use')).toBe(true);
      expect(brandRoleAllows('member', 'campaigns')).toBe(false);
      expect(brandRoleAllows('admin', 'campaigns')).toBe(true);
      expect(brandRoleAllows('admin', 'brand')).toBe(false);
      expect(brandRoleAllows('owner', 'brand')).toBe(true);
    });

    it('no role allows nothing', () => {
      expect(brandRoleAllows(undefined, 'use')).toBe(false);
    });
  });
});
