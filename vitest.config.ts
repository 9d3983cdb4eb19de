import { defineConfig } from 'vitest/config';

// Two tiers. `unit`: tests beside the code, no servers, run in parallel (seconds).
// `e2e`: the real CLI against real servers, PostgreSQL and Chromium (test/e2e/), run with
// --no-file-parallelism (npm test does): one file at a time, each in its own process, so one
// test's load does not distort another's numbers on 2 shared cores.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // The CLI under test is the built one (dist/), as users run it: build it first.
          globalSetup: ['test/e2e/build.ts'],
        },
      },
    ],
  },
});
