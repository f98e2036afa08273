import { describe, expect, it } from 'vitest';
import { allows, SCOPES, scopesBeyond } from './scopes.js';

describe('Scopes', () => {
  it('allow what a key holds, and nothing else', () => {
    expect(allows(['messages:write'], 'messages:write')).toBe(true);
    expect(allows(['messages:write'], 'messages:read')).toBe(false);
    expect(allows([], 'api-keys:read')).toBe(false);
  });

  it('allow everything to a key holding *', () => {
    expect(allows(['*'], 'api-keys:write')).toBe(true);
  });

  it('let a key be made with no scope its maker lacks', () => {
    expect(scopesBeyond(['api-keys:write'], ['*'])).toEqual(SCOPES.filter((s) => s !== 'api-keys:write'));
    expect(scopesBeyond(['api-keys:write', 'messages:read'], ['messages:read', 'users:write'])).toEqual([
      'users:write',
    ]);
    expect(scopesBeyond(['*'], ['*'])).toEqual([]);
    expect(scopesBeyond([...SCOPES], ['*'])).toEqual([]);
  });
});
