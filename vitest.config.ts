import { basename } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Four projects, each its own `vitest run` (vitest 3 sizes its worker pool from the run's
// flags, not a project's: see the test:* scripts in package.json and scripts/test-e2e.ts).
// `unit`: tests beside the code, no servers, in parallel, two workers that keep their loaded
// modules between files (--no-isolate: no unit test mocks a module or changes the environment).
// `e2e-serial`: the real CLI where a number depends on the machine being quiet (load ramps,
// latency, breaking points, migration timings and locks, the whole demo): one file
// at a time (--no-file-parallelism), each in its own process.
// `e2e-background`: the real CLI where no assertion depends on getting the CPU in time (no
// ramp that must be trusted, no bound under 15 s, no projection over sizes): two files at a
// time, beside the serial tier, at idle CPU priority, so they use only the CPU the serial
// tier leaves (scripts/test-e2e.ts; after it where no idle CPU group can be made).
// `e2e-parallel`: the rest, where every assertion holds on a busy machine but a ramp must be
// trusted or a signal answered within seconds: two files at a time, after the serial tier.
// A new e2e file goes to SERIAL when one of its assertions reads a duration, a rate or a
// latency against a budget, or its ramp is heavy enough that a starved generator could leave
// a step untrusted; to BACKGROUND only when it would pass with its processes stopped for
// seconds at a time; else it is e2e-parallel (docs/architecture.md, Tests).
const files = (names: string[]) => names.map((name) => `test/e2e/${name}.test.ts`);
const SERIAL = files([
  'demo-run',
  'flow-users',
  'growth-db',
  'interrupt',
  'load-lost-answers',
  'load-endurance',
  'load-open-step',
  'load-worker-threads',
  'migrate-migration-runner',
  'migrate-traffic',
  'nginx-targets',
  'ramp-breaking-point',
  'ramp-resources',
  'soak',
  'spike',
  'target-failures',
  'untrusted-numbers',
]);
const BACKGROUND = files([
  'audit-cli',
  'fail-open',
  'fuzz-inputs',
  'kill9',
  'migrate-cli',
  'migrate-projection',
  'migrate-restore-dump',
  'migrate-scratch-safety',
  'migrate-synthesize',
  'web-failclosed',
  'web-journey-runner',
  'web-no-browser',
  'web-site-server',
]);

const e2e = {
  testTimeout: 120_000,
  hookTimeout: 120_000,
  // The CLI under test is the built one (dist/), as users run it: build it first.
  globalSetup: ['test/e2e/build.ts'],
  // What a test imports from dist/ is loaded by Node itself, not transformed again per file.
  server: { deps: { external: [/\/dist\//] } },
};

// Seconds each e2e-background and e2e-parallel file took alone (2026-12-02, this machine).
// Two workers take the files in this order, longest first: left to vitest's order on a fresh clone (largest file
// first), the longest file started late and ran on alone at the end (the tier took 232 s for
// ~325 s of CPU). Unlisted files follow the listed ones. A file whose time changes much: update it.
const SECONDS: Record<string, number> = {
  'web-failclosed': 32,
  'fail-open': 33,
  package: 31,
  'web-signals': 27,
  'audit-cli': 27,
  kill9: 24,
  'fuzz-inputs': 17,
  'nginx-paths': 16,
  'signoff-report': 15,
  'ramp-cli': 13,
  'migrate-restore-dump': 13,
  'migrate-projection': 13,
  'k6-cli': 12,
  'migrate-cli': 12,
  'scenario-from-log': 12,
  'scenario-from-har': 11,
  'web-journey-runner': 9,
  'migrate-scratch-safety': 9,
};

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const seconds = (f: TestSpecification) => SECONDS[basename(f.moduleId, '.test.ts')] ?? 0;
    // Stable: files with the same weight (the unlisted ones) keep vitest's order.
    return (await super.sort(files)).sort((a, b) => seconds(b) - seconds(a));
  }
}

export default defineConfig({
  test: {
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: { name: 'e2e-serial', include: SERIAL, ...e2e },
      },
      {
        test: { name: 'e2e-background', include: BACKGROUND, ...e2e },
      },
      {
        test: { name: 'e2e-parallel', include: ['test/e2e/**/*.test.ts'], exclude: [...SERIAL, ...BACKGROUND], ...e2e },
      },
    ],
  },
});
