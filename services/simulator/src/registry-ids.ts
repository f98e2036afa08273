import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

/**
 * A TCR id: `B` (brand) or `C` (campaign) and six uppercase letters or digits, as `BBRAND1` and `C6X6M95`
 * in Telnyx's examples.
 */
export function newRegistryId(prefix: 'B' | 'C'): string {
  return `${prefix}${[...randomBytes(6)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('')}`;
}
