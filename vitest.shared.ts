import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const reportDir = process.env.LONGCODE_TEST_REPORT_DIR;
const tier = process.argv.find((arg) => /^\.(unit|int|e2e|fault)\.spec$/.test(arg))?.split('.')[1] ?? 'all';

/**
 * Shared by every package. Integration tests share one real stack, so files run one at a time;
 * with a Docker engine and no stack configured, the global setup starts one in containers.
 * scripts/test.sh sets LONGCODE_TEST_REPORT_DIR to collect a JSON report per package and tier.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: [fileURLToPath(new URL('./packages/testing/src/global-setup.ts', import.meta.url))],
    reporters: reportDir ? ['default', 'json'] : ['default'],
    ...(reportDir ? { outputFile: { json: `${reportDir}/${basename(process.cwd())}-${tier}.json` } } : {}),
  },
});
