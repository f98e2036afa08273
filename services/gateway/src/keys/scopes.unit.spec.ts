import { describe, expect, it } from 'vitest';
import { allows } from './scopes.js';

describe('Scopes', () => {
  it('allow what a key holds, and nothing else', () => {
    expect(allows(['messages:write'], 'messages:write')).toBe(true);
    expect(allows(['messages:write'], 'messages:read')).toBe(false);
    expect(allows([], 'api-keys:read')).toBe(false);
  });

  it('allow everything to a key holding *', () => {
    expect(allows(['*'], 'api-keys:write')).toBe(true);
  });
});
