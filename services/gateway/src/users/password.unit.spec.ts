import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';

describe('Passwords', () => {
  it('are stored as argon2id hashes that verify only the same password', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse batterY')).toBe(false);
  });

  it('hash the same password differently each time (salted)', async () => {
    expect(await hashPassword('correct horse battery')).not.toBe(await hashPassword('correct horse battery'));
  });

  it('never match when there is no stored hash (an unknown email)', async () => {
    expect(await verifyPassword(null, 'anything at all')).toBe(false);
  });

  describe('a new password', () => {
    const email = 'dana.rivera@acme.test';
    it.each([
      ['short one', 'must be at least 12 characters'],
      ['x'.repeat(129), 'must be at most 128 characters'],
      ['dana.rivera@acme.test', 'must not contain your email address'],
      ['my-dana.rivera-pass', 'must not contain your email address'],
      ['abababababababab', 'must not be a few characters repeated'],
    ])('%s is refused: %s', (password, problem) => {
      expect(passwordProblem(password, email)).toBe(problem);
    });

    it('of twelve characters or more, with no rule on composition, is taken', () => {
      expect(passwordProblem('lantern quietly', email)).toBeNull();
      expect(passwordProblem(`${'🔑'.repeat(3)}longer phrase`, email)).toBeNull();
    });
  });
});
