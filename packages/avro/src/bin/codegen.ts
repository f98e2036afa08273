#!/usr/bin/env node
// Usage: codegen <schemasDir> <outFile> [--check]
import { runCodegen } from '../codegen/run.js';

const args = process.argv.slice(2);
const check = args.includes('--check');
const [schemasDir, outFile] = args.filter((arg) => arg !== '--check');
if (!schemasDir || !outFile) {
  console.error('usage: codegen <schemasDir> <outFile> [--check]');
  process.exit(2);
}
try {
  const { ok, message } = await runCodegen({ schemasDir, outFile, check });
  (ok ? console.log : console.error)(message);
  process.exitCode = ok ? 0 : 1;
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
