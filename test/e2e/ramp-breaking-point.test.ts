// Breaking points through the real CLI, against a real service on loopback that serves 30
// requests at once and answers 503 beyond that (the acceptance test), in both load
// models. Timing-sensitive (latency, throughput, trust): the e2e-serial group runs it alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningService } from '../../src/core/service.ts';
import { readResult, runCli, startDemo, tempDir } from '../helpers.ts';

let svc: RunningService;
beforeAll(async () => {
  svc = await startDemo('--capacity 30 --delay-ms 20');
});
afterAll(async () => {
  await svc?.stop();
});

const base = () => ['ramp', '--target', svc.url, '--steps', '10,20,40,80', '--warmup', '0.5s'];

describe('shipgate ramp against a service with capacity 30', () => {
  it('breaks between 20 and 40, never runs 80, and passes --headroom 2 at --expect 10', async () => {
    const out = tempDir();
    const run = await runCli([...base(), '--step-duration', '2s', '--expect', '10', '--headroom', '2', '--out', out]);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(0);
    const r = readResult(out);
    const load = r.probes.load!;
    expect(load.breakingPoint).toMatchObject({ found: true, lastGood: 20, firstBad: 40 });
    expect(load.breakingPoint.reason).toMatch(/error rate/);
    expect(load.steps.map((s) => s.level)).toEqual([10, 20, 40]);
    const bad = load.steps.find((s) => s.level === 40)!;
    expect(bad.errors['503']).toBeGreaterThan(0);
    expect(bad.errorRate).toBeGreaterThan(0.01);
    for (const s of load.steps) {
      // The measured window is the 2 s asked for (timers may start it late, never early).
      expect(s.durationS).toBeGreaterThan(1.5);
      expect(s.durationS).toBeLessThan(3);
      expect(s.latencyMs.p99).toBeGreaterThanOrEqual(s.latencyMs.p50!);
      expect(s.histogram).toBeTruthy();
    }
    // Below capacity nothing is refused, and every answer took the service's 20 ms.
    for (const s of load.steps.slice(0, 2)) {
      expect(s.errorRate).toBe(0);
      expect(s.latencyMs.p50).toBeGreaterThanOrEqual(20);
    }
    // The good steps are the service's honest throughput: at most level / 20 ms (500/s at 10
    // connections); the lower bound is loose because the machine is shared.
    const ten = load.steps[0]!;
    expect(ten.rps).toBeGreaterThan(200);
    expect(ten.rps).toBeLessThan(520);
    expect(r.gates.find((g) => g.id === 'headroom')).toMatchObject({ outcome: 'pass', actual: 2 });
    expect(r.gates.find((g) => g.id === 'api-p95')).toMatchObject({ outcome: 'pass', at: 'level 10 connections' });
    expect(r.verdict).toBe('pass');
    // Reports written beside result.json, and the terminal summary printed.
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(/\*\*Breaking point: last good 20 connections, first bad 40 connections/);
    expect(run.stdout).toMatch(/last good 20 connections, first bad 40/);
    expect(run.stderr).toMatch(/step 3\/4: 40 connections .* BREAKS/);
  });

  it('with --refine lands the last good level within 27..33', async () => {
    const out = tempDir();
    // A level over 30 gets 503s at once, one under it none: short steps tell them apart.
    const run = await runCli([...base(), '--step-duration', '1.5s', '--refine', '--out', out]);
    expect(run.code).toBe(0);
    const load = readResult(out).probes.load!;
    expect(load.breakingPoint.lastGood).toBeGreaterThanOrEqual(27);
    expect(load.breakingPoint.lastGood).toBeLessThanOrEqual(33);
    const { lastGood, firstBad } = load.breakingPoint;
    expect(firstBad! - lastGood!).toBeLessThanOrEqual(Math.max(1, 0.1 * lastGood!));
    expect(load.steps.filter((s) => s.phase === 'refine').length).toBeGreaterThan(0);
    // Six levels: enough for the scalability model, fitted on successful throughput.
    expect(load.usl!.quality).not.toBe('insufficient');
    expect(load.usl!.sigma).toBeGreaterThanOrEqual(0);
    expect(load.usl!.lambda).toBeGreaterThan(0);
  });

  it('fails --headroom 3 at --expect 10 (capacity 20 < 30) with exit 1', async () => {
    const out = tempDir();
    const run = await runCli([...base(), '--step-duration', '1s', '--expect', '10', '--headroom', '3', '--out', out]);
    expect(run.code).toBe(1);
    const r = readResult(out);
    expect(r.verdict).toBe('fail');
    expect(r.gates.find((g) => g.id === 'headroom')).toMatchObject({ outcome: 'fail', actual: 2 });
  });

  it('judges gates at the expected level and fails a budget the level breaks', async () => {
    const out = tempDir();
    const run = await runCli([...base(), '--steps', '10,40', '--step-duration', '1s', '--expect', '40', '--out', out]);
    expect(run.code).toBe(1);
    const r = readResult(out);
    const errGate = r.gates.find((g) => g.id === 'api-error-rate')!;
    expect(errGate.outcome).toBe('fail');
    expect(errGate.at).toBe('level 40 connections');
    expect(errGate.actual!).toBeGreaterThan(0.005);
  });
});

describe('shipgate ramp --mode rate (open model)', () => {
  it('offers each level as requests/s: achieved ≈ offered below capacity, breaks above it', async () => {
    // 10 requests at once, 50 ms each: 200 requests/s at most; 400/s keeps ~20 in flight.
    const rateSvc = await startDemo('--capacity 10 --delay-ms 50');
    const out = tempDir();
    try {
      const run = await runCli([
        'ramp',
        '--target',
        rateSvc.url,
        '--mode',
        'rate',
        '--steps',
        '50,100,400',
        '--step-duration',
        '2s',
        '--warmup',
        '0.5s',
        '--out',
        out,
      ]);
      expect(run.stderr).not.toMatch(/internal error/);
      expect(run.code).toBe(0);
      const r = readResult(out);
      const load = r.probes.load!;
      expect(load.mode).toBe('rate');
      expect(load.steps.map((s) => [s.level, s.offeredRps])).toEqual([
        [50, 50],
        [100, 100],
        [400, 400],
      ]);
      for (const s of load.steps.slice(0, 2)) {
        expect(s.trusted).toBe(true);
        expect(s.rps / s.offeredRps!).toBeGreaterThan(0.95);
        expect(s.rps / s.offeredRps!).toBeLessThan(1.05);
        expect(s.errorRate).toBe(0);
        expect(s.latencyMs.p50).toBeGreaterThanOrEqual(50);
        expect(s.latencyMs.p99).toBeLessThan(1000);
      }
      const over = load.steps[2]!;
      expect(over.errors['503']).toBeGreaterThan(0);
      expect(load.breakingPoint).toMatchObject({ found: true, lastGood: 100, firstBad: 400 });
      expect(load.breakingPoint.reason).toMatch(/at 400 req\/s: error rate/);
      expect(r.gates.map((g) => [g.id, g.outcome, g.at])).toEqual([
        ['api-p95', 'pass', 'level 50 req/s'],
        ['api-p99', 'pass', 'level 50 req/s'],
        ['api-error-rate', 'pass', 'level 50 req/s'],
      ]);
    } finally {
      await rateSvc.stop();
    }
  });
});
