// Test fixtures (not exported): schema files built in memory.
import type { SchemaFile } from './schema/parse.js';

/** A schema file at `schemas/<service>/<name>.avsc` holding `definition`. */
export const schemaFile = (service: string, name: string, definition: unknown): SchemaFile => ({
  file: `schemas/${service}/${name}.avsc`,
  service,
  text: JSON.stringify(definition),
});

/** A record `longcode.<service>.<name>` with `fields`. */
export const record = (service: string, name: string, fields: unknown[], extra: object = {}) => ({
  type: 'record',
  name,
  namespace: `longcode.${service}`,
  ...extra,
  fields,
});

export const recordFile = (service: string, name: string, fields: unknown[]): SchemaFile =>
  schemaFile(service, name, record(service, name, fields));
