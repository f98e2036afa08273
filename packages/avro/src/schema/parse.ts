import avsc, { type Type } from 'avsc';
import { SchemaLoadError } from '../errors.js';
import { isAvroObject, namespaceOf, shortName, visitTypes } from './names.js';
import { type AvroObject, avscOptions, type LoadedSchema, SHARED_SERVICE } from './types.js';

/** The contents of one schema file and where it was found. */
export interface SchemaFile {
  file: string;
  /** The folder directly under schemas/. */
  service: string;
  text: string;
}

type AvroSchemaInput = Parameters<typeof avsc.Type.forSchema>[0];

const allowedLogicalTypes = new Set(['timestamp-millis', 'uuid']);

function readDefinition({ file, text }: SchemaFile): AvroObject {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SchemaLoadError(file, `invalid JSON: ${(error as Error).message}`, { cause: error });
  }
  if (!isAvroObject(json) || json.type !== 'record') {
    throw new SchemaLoadError(file, 'the top-level type must be a record');
  }
  visitTypes(json, '', (node) => {
    const logical = isAvroObject(node) ? node.logicalType : undefined;
    if (logical !== undefined && !allowedLogicalTypes.has(String(logical))) {
      throw new SchemaLoadError(
        file,
        `logical type "${String(logical)}" is not supported (use timestamp-millis or uuid)`,
      );
    }
  });
  return json;
}

function checkLayout(file: SchemaFile, fullName: string): void {
  const expectedName = file.file.replace(/^.*[\\/]/, '').replace(/\.avsc$/, '');
  if (shortName(fullName) !== expectedName) {
    throw new SchemaLoadError(
      file.file,
      `record name "${shortName(fullName)}" must equal the file name "${expectedName}"`,
    );
  }
  const expectedNamespace = `longcode.${file.service}`;
  if (namespaceOf(fullName) !== expectedNamespace) {
    throw new SchemaLoadError(
      file.file,
      `namespace "${namespaceOf(fullName)}" must be "${expectedNamespace}" (the folder it is in)`,
    );
  }
}

const isUndefinedName = (error: unknown): boolean =>
  error instanceof Error && error.message.startsWith('undefined type name');

interface Pending {
  file: SchemaFile;
  definition: AvroObject;
}

/** Parses one file; its named types join `registry` only if it is valid. */
function parseOne({ file, definition }: Pending, registry: Record<string, Type>): LoadedSchema {
  const attempt = { ...registry };
  const schema = avsc.Type.forSchema(definition as AvroSchemaInput, { ...avscOptions(), registry: attempt });
  const fullName = schema.name ?? '';
  checkLayout(file, fullName);
  Object.assign(registry, attempt);
  return { fullName, name: shortName(fullName), service: file.service, file: file.file, schema, definition };
}

/**
 * Parses schema files with avsc. Every named type becomes visible to every other file (shared `common`
 * types first), so a schema may refer to `longcode.common.X` by full name. A file using a name not yet
 * defined is retried after the others, so file order does not matter.
 */
export function parseSchemas(files: SchemaFile[]): LoadedSchema[] {
  const pending: Pending[] = [...files]
    .sort((a, b) => Number(b.service === SHARED_SERVICE) - Number(a.service === SHARED_SERVICE))
    .map((file) => ({ file, definition: readDefinition(file) }));
  const registry: Record<string, Type> = {};
  const loaded: LoadedSchema[] = [];
  let firstRetried: Pending | undefined;
  for (let next = pending.shift(); next; next = pending.shift()) {
    try {
      loaded.push(parseOne(next, registry));
      firstRetried = undefined;
    } catch (error) {
      if (error instanceof SchemaLoadError) throw error;
      if (!isUndefinedName(error) || firstRetried === next) {
        throw new SchemaLoadError(next.file.file, (error as Error).message, { cause: error });
      }
      firstRetried ??= next;
      pending.push(next);
    }
  }
  return loaded.sort((a, b) => a.fullName.localeCompare(b.fullName));
}
