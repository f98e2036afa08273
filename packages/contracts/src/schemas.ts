import { fileURLToPath } from 'node:url';

/** Absolute path of the repository's `schemas/` folder, where every event's Avro schema lives. */
export const schemasDir: string = fileURLToPath(new URL('../../../schemas', import.meta.url));
