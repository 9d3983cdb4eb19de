// `shipgate k6 export|ingest` through the real CLI (bin/shipgate.js), on real k6 summaries
// (test/fixtures/k6) and on runner logs of an exported script.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { readResult, runCli, tempDir } from '../helpers.ts';
import { fakeHandleSummary, toLegacyExport } from '../k6-fake-summary.ts';
import { K6RampPlan } from '../../src/probes/load/k6/ramp-plan.ts';

const FIX = 'test/fixtures/k6';

function gatesFile(body: string): string {
  const f = join(tempDir(), 'g.gates.yaml');
  writeFileSync(f, body);
  return f;
}

describe('shipgate k6 ingest (real k6 summaries)', () => {
  it('legacy --summary-export: p95 passes; p99, absent from k6 default stats, is a warning naming what to add (exit 0)', async () => {
    const out = tempDir();
    const run = await runCli(['k6', 'ingest', `${FIX}/habiba2811-k6-practice-app--summary--summary-export.json`, '--out', out]);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code, run.stderr).toBe(0);
    const r = readResult(out);
    const gate = (id: string) => r.gates.find((g) => g.id === id)!;
    expect(gate('api-p95')).toMatchObject({ outcome: 'pass' });
    expect(gate('api-p95').actual).toBeCloseTo(245.636, 2);
    expect(gate('api-error-rate')).toMatchObject({ outcome: 'pass', actual: 0 });
    expect(gate('api-p99')).toMatchObject({ outcome: 'not-measured', level: 'warn' });
    expect(r.verdict).toBe('warn');
    expect(r.probes.load!.k6!.notes!.join(' ')).toMatch(/default gates ask for.*api-p99.*--summary-trend-stats/);
    expect(gate('k6-thresholds')).toMatchObject({ outcome: 'pass', actual: 0 });
    expect(r.probes.load!.k6).toMatchObject({
      format: 'summary-export',
      runners: 1,
      thresholds: [{ metric: 'http_req_duration', expression: 'p(95)<1000', ok: true }],
    });
    expect(run.stdout).toMatch(/lacks p\(99\)/);
  });

  it('the same summary judged by a gate file without p99 passes (exit 0)', async () => {
    const out = tempDir();
    const g = gatesFile(
      'load:\n  gates:\n    - { id: p95, metric: http_req_duration, expression: "p(95)<300" }\n    - { id: err, metric: http_req_failed, expression: "rate<0.01" }\n',
    );
    const run = await runCli(['k6', 'ingest', `${FIX}/habiba2811-k6-practice-app--summary--summary-export.json`, '--gates', g, '--expect', '1', '--out', out]);
    expect(run.code).toBe(0);
    expect(readResult(out).verdict).toBe('pass');
  });

  it('handleSummary with 39.7% failed requests fails the API budget (exit 1)', async () => {
    const out = tempDir();
    const run = await runCli(['k6', 'ingest', `${FIX}/k6-reporter--simple--handleSummary.json`, '--out', out]);
    expect(run.code).toBe(1);
    const r = readResult(out);
    const err = r.gates.find((g) => g.id === 'api-error-rate')!;
    expect(err.outcome).toBe('fail');
    expect(err.actual).toBeCloseTo(349 / 878, 6);
    expect(r.gates.find((g) => g.id === 'api-p99')).toMatchObject({ outcome: 'pass' });
  });

  it('a failed k6 threshold is reported and fails the run (exit 1)', async () => {
    const out = tempDir();
    // An empty load section: the user's choice to judge by k6's thresholds alone.
    const none = gatesFile('description: only k6 thresholds\nload:\n  gates: []\n');
    const run = await runCli(['k6', 'ingest', `${FIX}/k6-reporter--grpc--handleSummary.json`, '--gates', none, '--out', out]);
    expect(run.code).toBe(1);
    const r = readResult(out);
    expect(r.gates).toEqual([expect.objectContaining({ id: 'k6-thresholds', outcome: 'fail', actual: 1 })]);
    expect(r.probes.load!.k6!.thresholds).toContainEqual({ metric: 'fake_rate', expression: 'rate >= 0.8', ok: false });
    expect(run.stdout).toMatch(/FAILED\s*│\s*fake_rate\s*│\s*rate >= 0.8/);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(/❌ FAILED \| `fake_rate` \| `rate >= 0.8`/);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toMatch(
      /<span class="o-fail">FAILED<\/span><\/td><td><code>fake_rate<\/code><\/td><td><code>rate &gt;= 0.8/,
    );
  });

  it('a user gate on a stat the summary lacks fails closed (exit 3): only the defaults are softened', async () => {
    const out = tempDir();
    const g = gatesFile('load:\n  gates:\n    - { id: my-p99, metric: http_req_duration, expression: "p(99)<300" }\n');
    const run = await runCli(['k6', 'ingest', `${FIX}/habiba2811-k6-practice-app--summary--summary-export.json`, '--gates', g, '--out', out]);
    expect(run.code).toBe(3);
    expect(readResult(out).gates.find((x) => x.id === 'my-p99')).toMatchObject({ outcome: 'not-measured', level: 'fail' });
  });

  it('a file that is not a k6 summary is a usage error (exit 2)', async () => {
    const run = await runCli(['k6', 'ingest', 'package.json', '--out', tempDir()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/package.json: not a k6 summary/);
  });
});

describe("shipgate k6 export, then ingest of its runners' logs", () => {
  it('round trip: export writes a script and TestRun; two runner logs merge into a ramp with a breaking point', async () => {
    const dir = tempDir();
    const exp = await runCli(['k6', 'export', 'scenarios/demo.ramp.yaml', '--target', 'https://demo.example.com', '--parallelism', '2', '--out', dir]);
    expect(exp.code).toBe(0);
    expect(exp.stdout).toMatch(/--refine is not exported/);
    const script = readFileSync(join(dir, 'ramp.js'), 'utf8');
    const [, testRun] = parseAllDocuments(readFileSync(join(dir, 'testrun.yaml'), 'utf8')).map((d) => d.toJS());
    expect(testRun).toMatchObject({ kind: 'TestRun', metadata: { name: 'demo-api' }, spec: { parallelism: 2 } });

    // What each runner pod prints (kubectl logs --prefix): its half of every level.
    const plan = K6RampPlan.parse(JSON.parse(/const PLAN = (\{[\s\S]*?\n\});/.exec(script)![1]!));
    const thresholds = JSON.parse(/thresholds: (\{[\s\S]*?\n {2}\}),/.exec(script)![1]!) as Record<string, string[]>;
    const half = {
      100: { count: 4_000, failed: 0, p95: 30, p99: 60 },
      500: { count: 9_000, failed: 9, p95: 120, p99: 300 },
      1000: { count: 8_000, failed: 400, p95: 800, p99: 2600 },
      5000: { count: 7_000, failed: 3_000, p95: 3000, p99: 5000 },
    };
    const slower = { ...half, 100: { ...half[100], p95: 45 } };
    const log = [
      '[pod/demo-api-1-abcde/k6] ok     http_req_duration{step:100,phase:hold} p(95)<500',
      `[pod/demo-api-1-abcde/k6] SHIPGATE_K6_SUMMARY ${JSON.stringify(fakeHandleSummary(plan, thresholds, half))}`,
      `[pod/demo-api-2-fghij/k6] SHIPGATE_K6_SUMMARY ${JSON.stringify(fakeHandleSummary(plan, thresholds, slower))}`,
    ].join('\n');
    writeFileSync(join(dir, 'k6.log'), log);

    const out = tempDir();
    const ing = await runCli(['k6', 'ingest', join(dir, 'k6.log'), '--out', out]);
    expect(ing.stderr).not.toMatch(/internal error/);
    const r = readResult(out);
    const load = r.probes.load!;
    expect(load.k6).toMatchObject({ runners: 2, percentiles: 'upper-bound', format: 'handle-summary' });
    expect(load.steps.map((s) => [s.level, s.requests])).toEqual([
      [100, 8_000],
      [500, 18_000],
      [1000, 16_000],
      [5000, 14_000],
    ]);
    expect(load.steps[0]!.rps).toBe(4000); // 8000 requests in the 2 s hold
    expect(load.steps[0]!.latencyMs.p95).toBe(45); // the worse runner's: an upper bound
    expect(load.breakingPoint).toMatchObject({ found: true, lastGood: 500, firstBad: 1000 });
    // Gates at the scenario's expected level (100); headroom 2 is met (500 / 100).
    expect(r.gates.find((g) => g.id === 'api-p95')).toMatchObject({ outcome: 'pass', actual: 45, at: 'level 100 connections' });
    expect(r.gates.find((g) => g.id === 'headroom')).toMatchObject({ outcome: 'pass', actual: 5 });
    expect(r.verdict).toBe('pass');
    expect(ing.code).toBe(0);

    // The same run exported with --summary-export (no room for the plan): --scenario rebuilds it,
    // and a crossed k6 threshold (true in that format) fails the run.
    const legacy = toLegacyExport(fakeHandleSummary(plan, thresholds, half, (m, e) => !(m.startsWith('http_req_failed{step:100') && e === 'rate<0.005')));
    writeFileSync(join(dir, 'export.json'), JSON.stringify(legacy));
    const out2 = tempDir();
    const ing2 = await runCli(['k6', 'ingest', join(dir, 'export.json'), '--scenario', 'scenarios/demo.ramp.yaml', '--out', out2]);
    const r2 = readResult(out2);
    expect(r2.probes.load!.k6!.format).toBe('summary-export');
    expect(r2.probes.load!.steps.map((s) => s.level)).toEqual([100, 500, 1000, 5000]);
    expect(r2.probes.load!.breakingPoint).toMatchObject({ lastGood: 500, firstBad: 1000 });
    expect(r2.gates.find((g) => g.id === 'k6-thresholds')).toMatchObject({ outcome: 'fail', actual: 1 });
    expect(ing2.code).toBe(1);
  });

  it('export needs a target (exit 2) but never applies the loopback rule', async () => {
    const none = await runCli(['k6', 'export', '--out', tempDir()]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no target/);
    const remote = await runCli(['k6', 'export', '--target', 'https://user:pw@far.example.org', '--steps', '10,20', '--out', tempDir()]);
    expect(remote.code).toBe(0);
    expect(remote.stdout).toMatch(/credentials in the target URL were not written/);
  });
});
