import { defineConfig } from 'vitest/config';

/**
 * The e2e files that start several processes or hold the machine for long (two shard processes,
 * shards per process, a 30,000-paragraph reindex whose asks must be answered within Discord's 3 s).
 * On CI's 2 cores, running them beside other files oversubscribes the machine and turns their time
 * limits into load tests; so they run after everything else, one file at a time.
 */
const HEAVY_E2E = [
  'test/e2e/sharding.e2e.test.ts',
  'test/e2e/shardsPerProcess.e2e.test.ts',
  'test/e2e/reindexUnderLoad.e2e.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'main', include: ['test/**/*.test.ts'], exclude: HEAVY_E2E },
      },
      {
        extends: true,
        test: {
          name: 'heavy-e2e',
          include: HEAVY_E2E,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
