import { createHash, randomBytes } from 'node:crypto';

/**
 * Session and password-reset tokens: a kind prefix and 256 random bits. Only their SHA-256 is stored (a
 * random token of that length needs no slow hash), so a copy of the database opens no session.
 */
export type TokenKind = 'lcs' | 'lcr';

const SHAPE = /^(lcs|lcr)_([A-Za-z0-9_-]{43})$/;

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export function issueToken(kind: TokenKind): { token: string; hash: string } {
  const token = `${kind}_${randomBytes(32).toString('base64url')}`;
  return { token, hash: tokenHash(token) };
}

/** The hash of a presented token of that kind, or null when it is not shaped like one. */
export function parseToken(kind: TokenKind, presented: string): string | null {
  const match = SHAPE.exec(presented);
  return match?.[1] === kind ? tokenHash(presented) : null;
}
