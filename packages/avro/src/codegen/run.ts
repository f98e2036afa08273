import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { loadSchemas } from '../schema/load.js';
import { generateTypes } from './generate.js';

export interface CodegenOptions {
  schemasDir: string;
  outFile: string;
  /** Compare instead of writing (the CI drift check). */
  check: boolean;
}

const readIfPresent = (file: string): Promise<string | undefined> =>
  readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });

/** Generates `outFile` from `schemasDir`, or (check) reports whether it is up to date. */
export async function runCodegen({
  schemasDir,
  outFile,
  check,
}: CodegenOptions): Promise<{ ok: boolean; message: string }> {
  const generated = generateTypes(await loadSchemas(schemasDir));
  const current = await readIfPresent(outFile);
  if (check) {
    return current === generated
      ? { ok: true, message: `${outFile} is up to date` }
      : {
          ok: false,
          message: `${outFile} is out of date with ${schemasDir}: run "pnpm codegen" and commit the result`,
        };
  }
  if (current === generated) return { ok: true, message: `${outFile} unchanged` };
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, generated);
  return { ok: true, message: `wrote ${outFile}` };
}
