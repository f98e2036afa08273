import { randomUUID } from 'node:crypto';

/**
 * A new UUID (v4) in a string of its own. `randomUUID()`'s string is a slice of Node's batch of ids and
 * keeps about 490 bytes alive; a copy keeps about 60. Ids are held by every retained message and every
 * waiting webhook, in a heap bounded to 128 MB.
 */
export const newId = (): string => Buffer.from(randomUUID(), 'latin1').toString('latin1');
