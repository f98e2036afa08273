import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

/** Writes bench/results/<name>-<time>.json with the machine and parameters beside the figures. */
export function writeReport(name: string, parameters: Record<string, unknown>, results: unknown): void {
  const at = new Date().toISOString();
  const report = {
    benchmark: name,
    at,
    machine: { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    parameters,
    results,
  };
  const dir = new URL('../results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`${name}-${at.replace(/[:.]/g, '-')}.json`, dir);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwritten ${file.pathname}`);
}
