import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { SchemaLoadError } from '../errors.js';
import { parseSchemas, type SchemaFile } from './parse.js';
import type { LoadedSchema } from './types.js';

async function findAvsc(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.avsc'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Reads every `<dir>/<service>/**\/<Name>.avsc` and parses them together (see {@link parseSchemas}). */
export async function loadSchemas(dir: string): Promise<LoadedSchema[]> {
  const paths = await findAvsc(dir);
  const files = await Promise.all(
    paths.map(async (file): Promise<SchemaFile> => {
      const [service, ...rest] = relative(dir, file).split(sep);
      if (!service || rest.length === 0) {
        throw new SchemaLoadError(file, 'schema files belong in <schemasDir>/<service>/<EventName>.avsc');
      }
      return { file, service, text: await readFile(file, 'utf8') };
    }),
  );
  return parseSchemas(files);
}
