#!/usr/bin/env node
// Usage: compat <schemasDir> --registry <url> [--baseline <dir>]   (the URL defaults to $SCHEMA_REGISTRY_URL)
// Checks every event schema against its subject's registered versions; exits 1 if any is incompatible.
// --baseline: the previous release's schemas, registered first wherever the registry has no version yet
// (a fresh CI registry), so a change is checked against what came before it.
import { createSchemaRegistry } from '../registry/create.js';
import { formatCompatibility } from '../registry/report.js';
import { loadSchemas } from '../schema/load.js';

const args = process.argv.slice(2);
const optionValue = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const url = optionValue('--registry') ?? process.env.SCHEMA_REGISTRY_URL;
const baselineDir = optionValue('--baseline');
const schemasDir = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
if (!schemasDir || !url) {
  console.error('usage: compat <schemasDir> --registry <url>   (e.g. http://127.0.0.1:8081/apis/ccompat/v7)');
  process.exit(2);
}
try {
  const schemas = await loadSchemas(schemasDir);
  const registry = createSchemaRegistry({ url });
  if (baselineDir) {
    const baseline = await loadSchemas(baselineDir);
    const registered = await registry.registerMissing(baseline);
    if (registered.length > 0) console.log(`baseline registered: ${registered.join(', ')}`);
  }
  const results = await registry.checkCompatibility(schemas);
  console.log(formatCompatibility(results));
  process.exitCode = results.every((result) => result.compatible) ? 0 : 1;
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
