// Sums the vitest JSON reports of every package and tier into the one closing line CI reads.
// Failing tests (and files that failed before their tests ran) are named just above it, so
// the tail of a CI log is enough to know what broke.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = process.argv[2];
const root = process.cwd();
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  passed += report.numPassedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  for (const suite of report.testResults) {
    const where = relative(root, suite.name);
    const failedTests = suite.assertionResults.filter((test) => test.status === 'failed');
    for (const test of failedTests)
      failures.push({ where, what: test.fullName, why: test.failureMessages?.[0] });
    if (suite.status === 'failed' && failedTests.length === 0) {
      failures.push({ where, what: '(the file, before or after its tests)', why: suite.message });
    }
  }
}
failed = failures.length;
for (const { where, what, why } of failures) {
  console.log(`FAILED ${where} > ${what}`);
  const lines = String(why ?? '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, 6);
  for (const line of lines) console.log(`    ${line.slice(0, 300)}`);
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
