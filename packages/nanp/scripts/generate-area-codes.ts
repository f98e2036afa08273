/**
 * Writes src/area-codes.generated.ts from the areacodes and tz-lookup devDependencies.
 * `--check` writes nothing and exits 1 when the checked-in file differs from a fresh run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderAreaCodesModule } from './render-area-codes.js';
import { loadSources } from './sources.js';

const GENERATED_PATH = fileURLToPath(new URL('../src/area-codes.generated.ts', import.meta.url));

function main(argv: readonly string[]): number {
  const text = renderAreaCodesModule(loadSources());
  if (!argv.includes('--check')) {
    writeFileSync(GENERATED_PATH, text);
    console.log(`wrote ${GENERATED_PATH}`);
    return 0;
  }
  if (readFileSync(GENERATED_PATH, 'utf8') === text) return 0;
  console.error(`${GENERATED_PATH} is out of date: run \`pnpm generate\``);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
