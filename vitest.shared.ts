import { defineConfig } from 'vitest/config';

/** Shared by every package: integration tests share one real stack, so files run one at a time. */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});
