#!/usr/bin/env node
// Usage: compat <schemasDir> --registry <url>   (the URL defaults to $SCHEMA_REGISTRY_URL)
// Checks every event schema against its subject's registered versions; exits 1 if any is incompatible.
import { createSchemaRegistry } from '../registry/create.js';
import { formatCompatibility } from '../registry/report.js';
import { loadSchemas } from '../schema/load.js';

const args = process.argv.slice(2);
const flag = args.indexOf('--registry');
const url = flag >= 0 ? args[flag + 1] : process.env.SCHEMA_REGISTRY_URL;
const schemasDir = args.find((arg, index) => !arg.startsWith('--') && (flag < 0 || index !== flag + 1));
if (!schemasDir || !url) {
  console.error('usage: compat <schemasDir> --registry <url>   (e.g. http://127.0.0.1:8081/apis/ccompat/v7)');
  process.exit(2);
}
try {
  const schemas = await loadSchemas(schemasDir);
  const results = await createSchemaRegistry({ url }).checkCompatibility(schemas);
  console.log(formatCompatibility(results));
  process.exitCode = results.every((result) => result.compatible) ? 0 : 1;
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
