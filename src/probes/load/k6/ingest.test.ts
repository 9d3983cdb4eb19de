// Real k6 summaries (test/fixtures/k6, see /work/shared/fixtures/SOURCES.md) read into the
// load probe, and judged by the playbook's gates.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseK6Summary, SummaryShapeError } from './summary.ts';
import { mergeSummaries } from './merge-summaries.ts';
import { ingestK6 } from './ingest.ts';
import { buildPlan } from './ramp-plan.ts';
import { k6Thresholds } from './export-script.ts';
import { RampScenario } from '../scenario.ts';
import { judgeGate } from '../../../gates/judge.ts';
import { probeMetrics } from '../../../runner/evaluate.ts';
import { CATALOGS } from '../../../runner/registry.ts';
import { loadGateFile, compileGate } from '../../../gates/gate-spec.ts';
import { LoadProbe } from '../block.ts';
import { fakeHandleSummary } from '../../../../test/k6-fake-summary.ts';

const FIX = join(import.meta.dirname, '../../../../test/fixtures/k6');
const fixture = (name: string) => parseK6Summary(JSON.parse(readFileSync(join(FIX, name), 'utf8')));
const LEGACY = 'habiba2811-k6-practice-app--summary--summary-export.json';
const ORB = 'grafana-k6-example-circleci-orb--summary--handleSummary.json';
const SIMPLE = 'k6-reporter--simple--handleSummary.json';
const GRPC = 'k6-reporter--grpc--handleSummary.json';

const ingest = (names: string[], o: { expect?: number } = {}) => LoadProbe.parse(ingestK6(mergeSummaries(names.map(fixture)), { files: names, ...o }));

async function judge(probe: LoadProbe) {
  const gates = (await loadGateFile(join(import.meta.dirname, '../../../../gates/default.gates.yaml'), CATALOGS)).specs.filter((g) => g.probe === 'load');
  const metrics = probeMetrics({ load: probe });
  return Object.fromEntries(gates.map((g) => [g.id, judgeGate(g, metrics)]));
}

describe('reading k6 summaries', () => {
  it('legacy --summary-export: a threshold value false means it PASSED', () => {
    const s = fixture(LEGACY);
    expect(s.format).toBe('summary-export');
    expect(s.thresholds).toEqual([{ metric: 'http_req_duration', expression: 'p(95)<1000', ok: true }]);
    expect(s.metrics.http_req_failed!.type).toBe('rate');
    expect(s.metrics.http_reqs!.type).toBe('counter');
    expect(s.metrics.vus!.type).toBe('gauge');
  });

  it('a legacy threshold value true means it was crossed', () => {
    const raw = JSON.parse(readFileSync(join(FIX, LEGACY), 'utf8'));
    raw.metrics.http_req_duration.thresholds['p(95)<1000'] = true;
    expect(parseK6Summary(raw).thresholds[0]!.ok).toBe(false);
  });

  it('handleSummary: {ok: false} is a failed threshold', () => {
    const s = fixture(GRPC);
    expect(s.format).toBe('handle-summary');
    expect(s.thresholds).toContainEqual({ metric: 'fake_rate', expression: 'rate >= 0.8', ok: false });
    expect(s.thresholds).toContainEqual({ metric: 'grpc_req_duration', expression: 'med <= 2', ok: true });
  });

  it('rejects what is not a summary, naming what is wrong', () => {
    expect(() => parseK6Summary({ foo: 1 })).toThrow(SummaryShapeError);
    expect(() => parseK6Summary({ metrics: { x: { type: 'trend', values: {}, thresholds: { 'p(95)<1': true } } } })).toThrow(/ok/);
  });
});

describe('ingesting one summary as one step', () => {
  it('legacy export: p95 245.6 ms, 0 failed of 4, p99 absent (not in k6 default stats)', async () => {
    const p = ingest([LEGACY]);
    const s = p.steps[0]!;
    expect(s).toMatchObject({ level: 1, requests: 4, errorRate: 0, errors: {} });
    expect(s.latencyMs.p95).toBeCloseTo(245.636, 2);
    expect(s.latencyMs.p50).toBeCloseTo(132.492, 2);
    expect(s.latencyMs.p99).toBeUndefined();
    expect(p.k6!.notes!.join(' ')).toMatch(/lacks p\(99\)/);
    const g = await judge(p);
    expect(g['api-p95']).toMatchObject({ outcome: 'pass', actual: s.latencyMs.p95 });
    expect(g['api-error-rate']).toMatchObject({ outcome: 'pass', actual: 0 });
    expect(g['api-p99']).toMatchObject({ outcome: 'not-measured' });
  });

  it('handleSummary with 349 failed of 878: error rate 39.7% fails the API budget; p99 present', async () => {
    const p = ingest([SIMPLE]);
    const s = p.steps[0]!;
    expect(s.requests).toBe(878);
    // passes of http_req_failed are the FAILED requests.
    expect(s.errors).toEqual({ http_req_failed: 349 });
    expect(s.errorRate).toBeCloseTo(349 / 878, 6);
    expect(s.latencyMs.p95).toBeCloseTo(30.026, 3);
    expect(s.latencyMs.p99).toBeCloseTo(39.577, 3);
    expect(s.level).toBe(20);
    expect(s.durationS).toBeCloseTo(24.425, 3);
    expect(p.breakingPoint.found).toBe(true);
    const g = await judge(p);
    expect(g['api-error-rate']).toMatchObject({ outcome: 'fail' });
    expect(g['api-p95']).toMatchObject({ outcome: 'pass' });
    expect(g['api-p99']).toMatchObject({ outcome: 'pass' });
  });

  it('k6 thresholds are a gateable metric: the gRPC summary has one failed', () => {
    const p = ingest([GRPC]);
    expect(p.steps).toEqual([]);
    const gate = compileGate('load', { metric: 'k6_thresholds_failed', expression: 'value==0', level: 'fail' }, 't', CATALOGS);
    const r = judgeGate(gate, probeMetrics({ load: p }));
    expect(r).toMatchObject({ outcome: 'fail', actual: 1 });
    expect(r.at).toMatch(/fake_rate rate >= 0.8/);
  });

  it('--expect at a level the summary did not run leaves the gates not-measured', async () => {
    const g = await judge(ingest([ORB], { expect: 100 }));
    expect(g['api-p95']).toMatchObject({ outcome: 'not-measured', message: expect.stringMatching(/expected level 100/) });
  });
});

describe('merging runner summaries (k6-operator parallelism)', () => {
  it('adds counts, recomputes the failure rate, keeps the worst percentile as an upper bound', () => {
    const a = fixture(SIMPLE);
    const b = fixture(ORB);
    const m = mergeSummaries([a, b]);
    expect(m.metrics.http_reqs!.values.count).toBe(878 + 20);
    expect(m.metrics.http_req_failed!.values.passes).toBe(349);
    expect(m.metrics.http_req_failed!.values.rate).toBeCloseTo(349 / 898, 6);
    expect(m.metrics.http_req_duration!.values['p(95)']).toBeCloseTo(260.642, 3);
    expect(m.metrics.http_req_duration!.values.min).toBeCloseTo(0.259855, 6);
    // Average weighted by each runner's request count.
    expect(m.metrics.http_req_duration!.values.avg).toBeCloseTo((21.37513127107059 * 878 + 255.6286 * 20) / 898, 6);
    expect(m.percentiles).toBe('upper-bound');
    expect(m.thresholds.map((t) => t.runner)).toEqual([1, 1, 2, 2]);
  });
});

describe('ingesting a summary of a shipgate-exported ramp', () => {
  const scenario = RampScenario.parse({ name: 'shop', steps: [100, 500, 1000], expect: 100, headroom: 4, stepDuration: '30s', warmup: '5s' });
  const plan = buildPlan(scenario, 'https://shop.example.com/');
  const { thresholds } = k6Thresholds(plan, []);
  const stats = {
    100: { count: 30_000, failed: 0, p95: 40, p99: 80 },
    500: { count: 120_000, failed: 60, p95: 180, p99: 400 },
    1000: { count: 110_000, failed: 5_500, p95: 900, p99: 2500 },
  };

  it('rebuilds one step per level and the breaking point', () => {
    const p = ingestK6(mergeSummaries([parseK6Summary(fakeHandleSummary(plan, thresholds, stats))]), { files: ['x'] });
    expect(p.steps.map((s) => [s.level, s.requests, s.rps])).toEqual([
      [100, 30_000, 1000],
      [500, 120_000, 4000],
      [1000, 110_000, 3666.67],
    ]);
    expect(p.steps[2]!.errorRate).toBeCloseTo(0.05, 6);
    expect(p.breakingPoint).toMatchObject({ found: true, lastGood: 500, firstBad: 1000 });
    expect(p.expectLevel).toBe(100);
    expect(p.headroom).toBe(4);
    expect(p.target).toBe('https://shop.example.com/');
  });

  it('a level whose sub-metrics are absent (run stopped early) is not invented', () => {
    const p = ingestK6(mergeSummaries([parseK6Summary(fakeHandleSummary(plan, thresholds, { 100: stats[100] }))]), { files: ['x'] });
    expect(p.steps.map((s) => s.level)).toEqual([100]);
    expect(p.breakingPoint.found).toBe(false);
  });
});
