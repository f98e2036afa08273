import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import tzLookup from '@photostructure/tz-lookup';
import type { Sources } from './render-area-codes.js';

const require = createRequire(import.meta.url);

/** Reads the generator's inputs from the installed devDependencies. */
export function loadSources(): Sources {
  const areacodesDir = dirname(require.resolve('areacodes/package.json'));
  return {
    areaCodes: readJson(join(areacodesDir, 'lib', 'data.json')) as Record<string, unknown>,
    areacodesVersion: versionOf(join(areacodesDir, 'package.json')),
    areacodesLicense: readFileSync(join(areacodesDir, 'LICENSE'), 'utf8'),
    tzLookupVersion: versionOf(require.resolve('@photostructure/tz-lookup/package.json')),
    tzLookup,
  };
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function versionOf(packageJsonPath: string): string {
  const { version } = readJson(packageJsonPath) as { version?: unknown };
  if (typeof version !== 'string') throw new Error(`no version in ${packageJsonPath}`);
  return version;
}
