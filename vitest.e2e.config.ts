import { defineConfig } from 'vitest/config';

// End-to-end suites drive real browsers: one file at a time (the machine has
// two cores), generous timeouts for browser start-up, never retried silently.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    environment: 'node',
    // Waiting is for a state, never a timing claim: give a loaded 2-core CI
    // machine room before a poll gives up.
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
