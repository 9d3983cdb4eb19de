import { defineConfig } from 'vitest/config';

// Two tiers. `unit`: tests beside the code, no servers, run in parallel (seconds).
// `e2e`: the real CLI against real servers, PostgreSQL and Chromium (test/e2e/), one file
// after another so one test's load does not distort another's numbers on 2 shared cores.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          testTimeout: 30_000,
          // Units first, then the end-to-end tier on a quiet machine.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          poolOptions: { forks: { singleFork: true } },
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // The CLI under test is the built one (dist/), as users run it: build it first.
          globalSetup: ['test/e2e/build.ts'],
        },
      },
    ],
  },
});
