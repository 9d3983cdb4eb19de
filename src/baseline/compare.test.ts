import { describe, expect, it } from 'vitest';
import { BaselinePolicy, compareOne, compareWithBaseline, baselineGates } from './compare.ts';
import type { LoadProbe, LoadStep } from '../probes/load/block.ts';
import { loadComparables } from '../probes/load/comparables.ts';

const policy = BaselinePolicy.parse({});

/** The load probe's comparables of a ramp whose expected step had this p95. */
function run(p95: number, extra: Partial<LoadStep> = {}) {
  const load: LoadProbe = {
    status: 'ok',
    mode: 'concurrency',
    target: 'http://127.0.0.1:1/',
    expectLevel: 100,
    steps: [
      {
        level: 100,
        durationS: 10,
        requests: 10000,
        rps: 1000,
        latencyMs: { p50: 50, p90: 80, p95: p95, p99: 300, max: 400 },
        errorRate: 0,
        errors: {},
        ...extra,
      },
    ],
    breakingPoint: { found: true, lastGood: 400, firstBad: 500, reason: 'x' },
  };
  return loadComparables(load);
}

const p95Of = (b: ReturnType<typeof compareWithBaseline>) => b.comparisons.find((c) => c.key === 'load.http_req_duration.p95@100')!;

describe('compareWithBaseline (the playbook rule: >10% worse warns)', () => {
  it('warns when the baseline was 15% faster on p95', () => {
    const b = compareWithBaseline(run(115), run(100), { source: 'base.json' }, policy);
    expect(p95Of(b)).toMatchObject({ outcome: 'warn', worseBy: 0.15, baseline: 100, current: 115 });
    const gate = baselineGates(b).find((g) => g.metric === 'load.http_req_duration.p95@100')!;
    expect(gate).toMatchObject({ outcome: 'warn', level: 'warn' });
  });
  it('passes when the baseline was 5% faster', () => {
    expect(p95Of(compareWithBaseline(run(105), run(100), { source: 'base.json' }, policy)).outcome).toBe('pass');
  });
  it('fails on a larger step, and the per-metric override applies', () => {
    expect(p95Of(compareWithBaseline(run(140), run(100), { source: 'b' }, policy)).outcome).toBe('fail');
    const strict = BaselinePolicy.parse({ metrics: { 'load.http_req_duration': { warn: 0.02, fail: 0.04 } } });
    expect(p95Of(compareWithBaseline(run(105), run(100), { source: 'b' }, strict)).outcome).toBe('fail');
  });
  it('treats a better run as a pass and a throughput drop as worse', () => {
    expect(p95Of(compareWithBaseline(run(80), run(100), { source: 'b' }, policy))).toMatchObject({ outcome: 'pass', worseBy: -0.2 });
    const slow = compareWithBaseline(run(100, { rps: 700 }), run(100), { source: 'b' }, policy);
    expect(slow.comparisons.find((c) => c.key === 'load.http_reqs.rate@100')).toMatchObject({ outcome: 'fail', worseBy: 0.3 });
  });
});

describe('compareOne with samples', () => {
  const c = (value: number, samples?: number[]) => ({
    probe: 'web',
    key: 'web.lcp',
    label: 'LCP',
    unit: 'ms',
    worse: 'higher' as const,
    value,
    ...(samples ? { samples } : {}),
  });
  it('says inconclusive with too few samples instead of flapping', () => {
    expect(compareOne(c(1200, [1200, 1150]), c(1000, [1000, 990]), policy).outcome).toBe('inconclusive');
  });
  it('says inconclusive when the difference is not significant', () => {
    const r = compareOne(c(1200, [900, 1500, 1000, 1400, 1200]), c(1000, [1100, 950, 1300, 1000, 800]), policy);
    expect(r.outcome).toBe('inconclusive');
    expect(r.test!.p).toBeGreaterThan(0.05);
  });
  it('warns when a significant change is more than 10% worse', () => {
    const r = compareOne(c(1150, [1140, 1150, 1160, 1155, 1145]), c(1000, [990, 1000, 1010, 1005, 995]), policy);
    expect(r.outcome).toBe('warn');
    expect(r.test!.p).toBeLessThan(0.05);
  });
});
