import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const packagesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const servicesDir = resolve(packagesDir, '../services');
/** Each package's public surface, and each service's app (its main starts the service). */
const entries = [
  ...readdirSync(packagesDir).map((name) => join(packagesDir, name, 'src', 'index.ts')),
  ...readdirSync(servicesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(servicesDir, entry.name, 'src', 'app.ts')),
];

/**
 * The benchmarks and `pnpm dev` run the TypeScript under Node's own ESM loader (with tsx), where a
 * CommonJS dependency offers only what Node's lexer finds in it: a named import it misses fails at load,
 * though vitest and the services' bundles accept it.
 */
describe("Every workspace package and service app under Node's own ESM loader", () => {
  it('loads', async () => {
    const script = `for (const entry of ${JSON.stringify(entries)}) await import(entry);`;
    const run = promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '--eval', script],
      { cwd: packagesDir, timeout: 60_000 },
    );
    await expect(run.then(() => 'loaded')).resolves.toBe('loaded');
  }, 90_000);
});
