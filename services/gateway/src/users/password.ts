import { hash, verify } from '@node-rs/argon2';

/**
 * Passwords are kept as argon2id hashes (memory-hard), with OWASP's minimum parameters: 19 MiB of
 * memory, 2 iterations, 1 lane. The hash string carries its parameters, so stronger ones can come later
 * without breaking stored hashes.
 */
const PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export const hashPassword = (password: string): Promise<string> => hash(password, PARAMS);

// A hash of a password nobody has, verified when the email is unknown so that the answer takes as long.
let decoy: Promise<string> | undefined;

/** Whether the password matches; with no stored hash, spends the same time and answers false. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (stored === null) {
    decoy ??= hashPassword(`decoy-${Math.random()}`);
    await verify(await decoy, password);
    return false;
  }
  return verify(stored, password);
}

/**
 * What is wrong with a new password, or null (NIST SP 800-63B: length, not composition rules; nothing
 * the user is known by).
 */
export function passwordProblem(password: string, email: string): string | null {
  if ([...password].length < PASSWORD_MIN) return `must be at least ${PASSWORD_MIN} characters`;
  if ([...password].length > PASSWORD_MAX) return `must be at most ${PASSWORD_MAX} characters`;
  const lower = password.toLowerCase();
  const local = email.toLowerCase().split('@')[0] ?? '';
  if (lower === email.toLowerCase() || (local.length >= 4 && lower.includes(local))) {
    return 'must not contain your email address';
  }
  if (new Set(password).size < 4) return 'must not be a few characters repeated';
  return null;
}
