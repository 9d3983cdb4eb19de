// A k6 summary as shipgate's load probe, so the same gates, baselines and reports apply.
// A summary from a shipgate-exported script carries its plan: one step per level, rebuilt
// from the `{step:L,phase:hold}` sub-metrics, and a breaking point. Any other summary is one
// step over the whole run, at its peak VUs. Stats k6 was not asked for stay absent, so a
// gate on them is "not-measured" rather than judged on a guess.
import type { LatencyMs, LoadProbe, LoadStep } from '../block.ts';
import { BreakingCriteria } from '../scenario.ts';
import { describeBreakingPoint, stepBreaks } from '../breaking-point.ts';
import { unitOf } from '../plan.ts';
import { rateOf, type K6Metric } from './summary.ts';
import type { MergedSummary } from './merge-summaries.ts';
import { K6RampPlan, stepMetric } from './ramp-plan.ts';

export interface IngestOptions {
  files: string[];
  expect?: number;
  target?: string;
}

const NO_TARGET = '(not recorded in the k6 summary)';

export function ingestK6(sum: MergedSummary, o: IngestOptions): LoadProbe {
  const notes: string[] = [];
  const parsedPlan = sum.plan === undefined ? undefined : K6RampPlan.safeParse(sum.plan);
  if (parsedPlan && !parsedPlan.success) notes.push('the summary carries a shipgate plan this version cannot read; read as one step');
  const plan = parsedPlan?.success ? parsedPlan.data : undefined;
  if (sum.runners > 1) {
    notes.push(`${sum.runners} runner summaries merged: counts are summed; percentiles are the worst runner's (an upper bound)`);
  }
  const k6 = {
    format: sum.format,
    files: o.files,
    runners: sum.runners,
    percentiles: sum.percentiles,
    thresholds: sum.thresholds,
    ...(notes.length ? { notes } : {}),
  };
  const m = sum.metrics;
  if (!m.http_reqs && !m.http_req_duration && !m.http_req_failed) {
    return {
      status: 'ok',
      mode: plan?.mode ?? 'concurrency',
      target: o.target ?? plan?.target ?? NO_TARGET,
      steps: [],
      breakingPoint: {
        found: false,
        lastGood: null,
        firstBad: null,
        reason: 'the k6 summary has no HTTP metrics (http_reqs, http_req_duration, http_req_failed)',
      },
      k6: { ...k6, notes: [...notes, "no HTTP metrics: only k6's own thresholds can be judged"] },
    };
  }
  if (!m.http_req_failed) {
    return {
      status: 'error',
      message: 'the k6 summary has no http_req_failed metric (k6 older than 0.31?): the error rate is unknown',
      mode: plan?.mode ?? 'concurrency',
      target: o.target ?? plan?.target ?? NO_TARGET,
      steps: [],
      breakingPoint: { found: false, lastGood: null, firstBad: null, reason: 'not measured' },
      k6,
    };
  }
  if (plan) return fromPlan(sum, plan, o, k6);
  const criteria = BreakingCriteria.parse({});
  const level = peakVus(sum) ?? 0;
  if (level === 0) notes.push('no vus/vus_max metric: the step level is unknown (0)');
  const durationS = sum.testRunDurationMs !== undefined ? sum.testRunDurationMs / 1000 : durationFromRate(m.http_reqs);
  const step = buildStep(sum.metrics, '', level, durationS);
  step.breaks = stepBreaks(step, criteria);
  return {
    status: 'ok',
    mode: 'concurrency',
    target: o.target ?? NO_TARGET,
    criteria,
    expectLevel: o.expect ?? null,
    headroom: null,
    steps: [step],
    breakingPoint: describeBreakingPoint([step], 'VUs'),
    k6: { ...k6, notes: [...notes, 'one step over the whole run, at its peak VUs', ...missingStats(step)] },
  };
}

/** A hint for each latency stat gates commonly need that the summary lacked. */
function missingStats(step: LoadStep): string[] {
  const names = { p50: 'med', p90: 'p(90)', p95: 'p(95)', p99: 'p(99)', max: 'max' } as const;
  const missing = (Object.keys(names) as (keyof typeof names)[]).filter((k) => step.latencyMs[k] === undefined).map((k) => names[k]);
  return missing.length ? [`http_req_duration lacks ${missing.join(', ')}: add them to options.summaryTrendStats in the k6 script`] : [];
}

function fromPlan(sum: MergedSummary, plan: K6RampPlan, o: IngestOptions, k6: NonNullable<LoadProbe['k6']>): LoadProbe {
  const steps: LoadStep[] = [];
  for (const p of plan.steps) {
    if (!sum.metrics[stepMetric('http_reqs', p.level)] && !sum.metrics[stepMetric('http_req_failed', p.level)]) continue;
    const step = buildStep(sum.metrics, stepMetric('', p.level), p.level, p.holdS);
    const byName: NonNullable<LoadStep['byName']> = {};
    for (const name of plan.names ?? []) {
      if (!sum.metrics[stepMetric('http_reqs', p.level, name)]) continue;
      const { requests, rps, errorRate, errors, latencyMs } = buildStep(sum.metrics, stepMetric('', p.level, name), p.level, p.holdS);
      byName[name] = { requests, rps, errorRate, errors, latencyMs };
    }
    if (Object.keys(byName).length) step.byName = byName;
    step.phase = p.phase;
    step.warmupS = p.warmupS;
    if (plan.mode === 'rate') step.offeredRps = p.level;
    step.breaks = stepBreaks(step, plan.criteria);
    steps.push(step);
  }
  return {
    status: 'ok',
    mode: plan.mode,
    target: o.target ?? plan.target,
    ...(plan.scenario ? { scenario: plan.scenario } : {}),
    criteria: plan.criteria,
    expectLevel: o.expect ?? plan.expect,
    headroom: plan.headroom,
    steps,
    breakingPoint: describeBreakingPoint(steps, unitOf(plan.mode)),
    k6: steps.length ? k6 : { ...k6, notes: [...(k6.notes ?? []), "the summary holds none of the planned levels' sub-metrics"] },
  };
}

/** One step from the metrics named `<metric><suffix>` ('' for the whole run). */
function buildStep(metrics: Record<string, K6Metric>, suffix: string, level: number, durationS: number): LoadStep {
  const reqs = metrics[`http_reqs${suffix}`];
  const failed = metrics[`http_req_failed${suffix}`];
  const dur = metrics[`http_req_duration${suffix}`];
  const failedCount = failed?.values.passes; // Rate: passes counts TRUE samples = failed requests
  const requests = reqs?.values.count ?? (failed ? (failed.values.passes ?? 0) + (failed.values.fails ?? 0) : 0);
  const rps = durationS > 0 ? requests / durationS : (reqs?.values.rate ?? 0);
  return {
    level,
    durationS: round(durationS, 3),
    requests: Math.round(requests),
    rps: round(rps, 2),
    latencyMs: dur ? latencyFrom(dur.values) : {},
    errorRate: round(rateOf(failed) ?? 0, 6),
    errors: failedCount ? { http_req_failed: Math.round(failedCount) } : {},
  };
}

function latencyFrom(v: Record<string, number>): LatencyMs {
  const pick = (...keys: string[]) => keys.map((k) => v[k]).find((x) => x !== undefined);
  const out: LatencyMs = {};
  const set = (k: keyof LatencyMs, x: number | undefined) => {
    if (x !== undefined) out[k] = round(x, 3);
  };
  set('p50', pick('p(50)', 'med'));
  set('p90', pick('p(90)'));
  set('p95', pick('p(95)'));
  set('p99', pick('p(99)'));
  set('p999', pick('p(99.9)'));
  set('max', pick('max', 'p(100)'));
  set('min', pick('min'));
  set('mean', pick('avg'));
  return out;
}

function peakVus(sum: MergedSummary): number | undefined {
  const v = sum.metrics.vus_max?.values ?? sum.metrics.vus?.values;
  return v ? (v.max ?? v.value) : undefined;
}

function durationFromRate(reqs: K6Metric | undefined): number {
  const count = reqs?.values.count;
  const rate = reqs?.values.rate;
  return count !== undefined && rate ? count / rate : 0;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
