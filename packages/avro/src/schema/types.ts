import type { Type } from 'avsc';

/** A JSON object as found in an .avsc file (a record, enum, array, map, fixed or annotated primitive). */
export type AvroObject = { type: unknown } & Record<string, unknown>;

/** One `schemas/<service>/<Name>.avsc` file, parsed. */
export interface LoadedSchema {
  /** `longcode.<service>.<Name>`: the Avro full name, the event type and the registry subject. */
  fullName: string;
  /** The record name, which is also the file name and the generated TypeScript name. */
  name: string;
  /** The folder under schemas/ (`common` holds shared types, see {@link SHARED_SERVICE}). */
  service: string;
  file: string;
  /** The avsc type, resolved against every other loaded schema. */
  schema: Type;
  /** The record exactly as written in the file (docs and logical types kept). */
  definition: AvroObject;
}

/** Folder (and namespace suffix) of types shared by events: never a subject or an event on its own. */
export const SHARED_SERVICE = 'common';

export const isEventSchema = (schema: LoadedSchema): boolean => schema.service !== SHARED_SERVICE;

/**
 * Options every avsc type in this package is built with (`never`: an ambiguous union is refused at load time).
 * A fresh object each time: avsc stores the named types it meets in `options.registry`.
 */
export const avscOptions = (): { wrapUnions: 'never' } => ({ wrapUnions: 'never' });
