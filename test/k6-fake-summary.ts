// A handleSummary object shaped as k6 writes one for a shipgate-exported script (k6 itself
// is not installed here): every thresholded sub-metric of the script, with stats chosen per
// level, and the plan the script's handleSummary adds. Counts and rates are consistent.
import type { K6RampPlan } from '../src/probes/load/k6/ramp-plan.ts';
import { stepMetric } from '../src/probes/load/k6/ramp-plan.ts';

export interface LevelStats {
  count: number;
  failed: number;
  p95: number;
  p99: number;
}

export function fakeHandleSummary(
  plan: K6RampPlan,
  thresholds: Record<string, string[]>,
  stats: Record<number, LevelStats>,
  okFor = (_m: string, _e: string) => true,
  /** Flows: stats per request name and level (`{name:X,step:L,phase:hold}` sub-metrics). */
  perName: Record<string, Record<number, LevelStats>> = {},
): Record<string, unknown> {
  const total = plan.steps.reduce((a, s) => a + s.warmupS + s.holdS, 0);
  const metrics: Record<string, unknown> = {};
  const all = Object.values(stats);
  const sum = (k: keyof LevelStats) => all.reduce((a, s) => a + s[k], 0);
  const trend = (p95: number, p99: number) => ({
    avg: p95 / 2,
    min: 1,
    med: p95 / 2,
    max: p99 * 1.5,
    'p(90)': p95 * 0.9,
    'p(95)': p95,
    'p(99)': p99,
    'p(99.9)': p99 * 1.2,
  });
  const rate = (count: number, failed: number) => ({ rate: count ? failed / count : 0, passes: failed, fails: count - failed });
  metrics.http_reqs = { type: 'counter', contains: 'default', values: { count: sum('count'), rate: sum('count') / total } };
  metrics.http_req_failed = { type: 'rate', contains: 'default', values: rate(sum('count'), sum('failed')) };
  metrics.http_req_duration = { type: 'trend', contains: 'time', values: trend(Math.max(...all.map((s) => s.p95)), Math.max(...all.map((s) => s.p99))) };
  for (const s of plan.steps) {
    const st = stats[s.level];
    if (!st) continue;
    metrics[stepMetric('http_reqs', s.level)] = { type: 'counter', contains: 'default', values: { count: st.count, rate: st.count / total } };
    metrics[stepMetric('http_req_failed', s.level)] = { type: 'rate', contains: 'default', values: rate(st.count, st.failed) };
    metrics[stepMetric('http_req_duration', s.level)] = { type: 'trend', contains: 'time', values: trend(st.p95, st.p99) };
  }
  for (const [name, levels] of Object.entries(perName)) {
    for (const [level, st] of Object.entries(levels)) {
      const l = Number(level);
      metrics[stepMetric('http_reqs', l, name)] = { type: 'counter', contains: 'default', values: { count: st.count, rate: st.count / total } };
      metrics[stepMetric('http_req_failed', l, name)] = { type: 'rate', contains: 'default', values: rate(st.count, st.failed) };
      metrics[stepMetric('http_req_duration', l, name)] = { type: 'trend', contains: 'time', values: trend(st.p95, st.p99) };
    }
  }
  for (const [name, exprs] of Object.entries(thresholds)) {
    const m = metrics[name] as { thresholds?: Record<string, { ok: boolean }> } | undefined;
    if (!m) continue;
    m.thresholds = Object.fromEntries(exprs.map((e) => [e, { ok: okFor(name, e) }]));
  }
  metrics.vus_max = { type: 'gauge', contains: 'default', values: { value: 1000, min: 1000, max: 1000 } };
  return {
    root_group: { name: '', path: '', id: 'd41d8cd98f00b204e9800998ecf8427e', groups: [], checks: [] },
    options: { summaryTrendStats: ['avg', 'min', 'med', 'max', 'p(90)', 'p(95)', 'p(99)', 'p(99.9)'], summaryTimeUnit: '', noColor: false },
    state: { isStdOutTTY: false, isStdErrTTY: false, testRunDurationMs: total * 1000 },
    metrics,
    shipgate: plan,
  };
}

/** The same data in the legacy `--summary-export` shape: flat stats, `true` = threshold crossed. */
export function toLegacyExport(handle: Record<string, unknown>): Record<string, unknown> {
  const metrics: Record<string, unknown> = {};
  for (const [name, m] of Object.entries(
    handle.metrics as Record<string, { type: string; values: Record<string, number>; thresholds?: Record<string, { ok: boolean }> }>,
  )) {
    const flat: Record<string, unknown> = { ...m.values };
    if (m.type === 'rate') {
      flat.value = flat.rate;
      delete flat.rate;
    }
    if (m.thresholds) flat.thresholds = Object.fromEntries(Object.entries(m.thresholds).map(([e, t]) => [e, !t.ok]));
    metrics[name] = flat;
  }
  return { metrics, root_group: { name: '', path: '', id: 'd41d8cd98f00b204e9800998ecf8427e', groups: {}, checks: {} } };
}
