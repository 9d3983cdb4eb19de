// Untrusted numbers never pass, through the CLI: a step whose rate fell short of the offered
// rate, or whose generator was starved, makes its gates `not-measured` (exit 3) even when
// the numbers themselves would pass every threshold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningService } from '../../src/core/service.ts';
import { readResult, runCli, spawnCli, startDemo, tempDir } from '../helpers.ts';

let svc: RunningService;
let dir: string;
let looseGates: string;
beforeAll(async () => {
  svc = await startDemo('--capacity 1000 --delay-ms 50');
  dir = tempDir();
  // Thresholds any measured number passes: only trust can stop these gates from passing.
  looseGates = join(dir, 'loose.gates.yaml');
  writeFileSync(
    looseGates,
    'load:\n  gates:\n' +
      '    - { id: any-p95, metric: http_req_duration, expression: "p(95)<600000" }\n' +
      '    - { id: any-errors, metric: http_req_failed, expression: "rate<=1" }\n' +
      '    - { id: any-requests, metric: http_reqs, expression: "count>0" }\n',
  );
});
afterAll(async () => {
  await svc?.stop();
});

function expectNotMeasured(gates: ReturnType<typeof readResult>['gates'], why: RegExp) {
  expect(gates.map((g) => g.id)).toEqual(['any-p95', 'any-errors', 'any-requests']);
  for (const g of gates) {
    expect(g.outcome).toBe('not-measured');
    expect(g.actual).not.toBeNull(); // there was a number, and it was not trusted
    expect(g.message).toMatch(/cannot pass a gate/);
    expect(g.message).toMatch(why);
  }
}

describe('untrusted numbers never pass (CLI)', () => {
  it('--mode rate, 60/s offered through one connection to a 50 ms service (≤ 20/s): rate shortfall, exit 3', async () => {
    const scenario = join(dir, 'one-connection.ramp.yaml');
    writeFileSync(scenario, 'mode: rate\nmaxConnections: 1\n');
    const out = tempDir();
    const run = await runCli([
      'ramp',
      '--target',
      svc.url,
      '--scenario',
      scenario,
      '--steps',
      '60',
      '--step-duration',
      '2s',
      '--warmup',
      '0.3s',
      '--timeout',
      '1s',
      '--gates',
      looseGates,
      '--out',
      out,
    ]);
    expect(run.stderr).not.toMatch(/internal error/);
    const r = readResult(out);
    const step = r.probes.load!.steps[0]!;
    expect(step.offeredRps).toBe(60);
    expect(step.rps).toBeLessThan(0.95 * 60);
    expect(step.trusted).toBe(false);
    expect(step.untrustedReason).toMatch(/achieved rate \d+\/s is \d+% of the 60\/s offered/);
    expectNotMeasured(r.gates, /achieved rate/);
    expect(r.verdict).toBe('error');
    expect(run.code).toBe(3);
  });

  it('a generator frozen for 600 ms mid-step (SIGSTOP, SIGCONT): event-loop lag, inconclusive, exit 3', async () => {
    const out = tempDir();
    const run = spawnCli(['ramp', '--target', svc.url, '--steps', '5,10', '--step-duration', '1s', '--warmup', '0.2s', '--gates', looseGates, '--out', out], {
      timeoutMs: 60_000,
    });
    await run.waitFor(/step 1\/2: 5 connections \.\.\./);
    await new Promise((r) => setTimeout(r, 300));
    run.child.kill('SIGSTOP');
    await new Promise((r) => setTimeout(r, 600));
    run.child.kill('SIGCONT');
    const { code } = await run.exited;
    const r = readResult(out);
    const load = r.probes.load!;
    // The starved step ends the ramp: no level above it is run, no breaking point invented.
    expect(load.steps.map((s) => s.level)).toEqual([5]);
    expect(load.steps[0]!.trusted).toBe(false);
    expect(load.steps[0]!.generator!.eventLoopLagMsMax).toBeGreaterThan(500);
    expect(load.steps[0]!.untrustedReason).toMatch(/load generator saturated/);
    expect(load.breakingPoint).toMatchObject({ found: false });
    expect(load.breakingPoint.reason).toMatch(/^inconclusive: load generator saturated/);
    expectNotMeasured(r.gates, /load generator saturated/);
    expect(r.verdict).toBe('error');
    expect(code).toBe(3);
  });
});
