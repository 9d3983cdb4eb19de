// `shipgate ramp` failing closed through the real CLI: an unreachable target, refusals before
// any request (non-loopback target, levels over the safety cap, bad flags and gate files), and
// the run-time cap against a real service on loopback (capacity 30). No number here is judged
// against a budget, so the file runs in the parallel e2e group; breaking points are in
// ramp-breaking-point.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('shipgate ramp stops at its time cap', () => {
  it('the whole ramp stops at --max-run-time: error, exit 3, the steps run so far kept', async () => {
    const out = tempDir();
    // Five steps of 2.2 s would take 11 s; the cap stops the run in the second step.
    const r = await runCli([
      'ramp',
      '--target',
      svc.url,
      '--steps',
      '5,10,15,20,25',
      '--step-duration',
      '2s',
      '--warmup',
      '0.2s',
      '--max-run-time',
      '4s',
      '--out',
      out,
    ]);
    expect(r.code).toBe(3);
    const res = readResult(out);
    const load = res.probes.load!;
    expect(load.message).toMatch(/time cap of 4s/);
    expect(res.interrupted).toBe(false);
    // Every step that started is kept; the one the cap cut short says so. (On a busy machine
    // the cap may land in the first or the second step: what started decides what is kept.)
    const started = [...r.stderr.matchAll(/step (\d)\/5: (\d+) connections \.\.\./g)].map((m) => Number(m[2]));
    expect(started.length).toBeGreaterThanOrEqual(1);
    expect(load.steps.map((s) => s.level)).toEqual(started);
    expect(load.steps.at(-1)!).toMatchObject({ trusted: false, untrustedReason: expect.stringMatching(/interrupted during the step/) });
    for (const s of load.steps.slice(0, -1)) expect(s).toMatchObject({ trusted: true });
    expect(load.steps[0]!.requests).toBeGreaterThan(0);
    // Timed by shipgate itself (Node's start-up excluded): the run ended at the cap.
    expect(Date.parse(res.finishedAt) - Date.parse(res.startedAt)).toBeLessThan(4000 + 2500);
  });
});

describe('shipgate ramp fails closed', () => {
  it('an unreachable target is exit 3 with a one-line reason and an error result.json', async () => {
    const out = tempDir();
    // Port 9 (discard) on loopback: nothing listens there.
    const run = await runCli(['ramp', '--target', 'http://127.0.0.1:9/', '--steps', '5', '--step-duration', '1s', '--out', out]);
    expect(run.code).toBe(3);
    expect(run.stdout + run.stderr).toMatch(/unreachable: ECONNREFUSED/);
    const r = readResult(out);
    expect(r.verdict).toBe('error');
    expect(r.probes.load).toMatchObject({ status: 'error' });
    // Every default gate was judged, and none of them passed.
    expect(r.gates.map((g) => [g.id, g.outcome])).toEqual([
      ['api-p95', 'error'],
      ['api-p99', 'error'],
      ['api-error-rate', 'error'],
    ]);
  });

  it('refuses a non-loopback target before any request, exit 2, naming --allow-host', async () => {
    // A .invalid name never resolves (RFC 2606): even a broken check sends nothing anywhere.
    const run = await runCli(['ramp', '--target', 'http://shipgate-test.invalid/', '--steps', '5']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/refusing to send load to shipgate-test\.invalid: only loopback/);
    expect(run.stderr).toMatch(/--allow-host shipgate-test\.invalid/);
  });

  it('refuses levels above the safety cap before any request, exit 2', async () => {
    const [r, capped] = await Promise.all([
      runCli(['ramp', '--target', 'http://127.0.0.1:9/', '--steps', '100,20000']),
      runCli(['ramp', '--target', 'http://127.0.0.1:9/', '--steps', '50', '--cap', '20']),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/level 20000 connections is above the safety cap of 10000/);
    expect(r.stderr).toMatch(/--cap/);
    expect(capped.code).toBe(2);
  });

  it('exits 2 on an unknown flag, a missing value and a bad step list', async () => {
    const [bogus, missing, bad] = await Promise.all([
      runCli(['ramp', '--bogus']),
      runCli(['ramp', '--target']),
      runCli(['ramp', '--target', 'http://127.0.0.1:9/', '--steps', '10,abc']),
    ]);
    expect(bogus.code).toBe(2);
    expect(missing.code).toBe(2);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not a list of positive whole numbers/);
  });

  it('exits 2 naming the file and path for an invalid gate expression', async () => {
    const dir = tempDir();
    const file = join(dir, 'bad.gates.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'load:\n  gates:\n    - metric: http_req_duration\n      expression: p95<500\n');
    const run = await runCli(['ramp', '--target', 'http://127.0.0.1:9/', '--gates', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file}: load.gates[0].expression`);
    expect(run.stderr).toMatch(/did you mean "p\(95\)"/);
  });
});
