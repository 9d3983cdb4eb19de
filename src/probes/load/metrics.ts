// The load probe's metrics as gates read them, judged at the expected level (--expect):
// the step run at that level, or the first step when no level is expected.
import { unitOf } from './plan.ts';
import type { LatencyMs, LoadProbe, LoadStep } from './block.ts';
import type { GateSpec, MetricLookup, MetricValue } from '../../core/metric.ts';
import type { Aggregation } from '../../core/metric.ts';
import { decodeHistogram } from './step-recorder.ts';
import { parseMetricName } from '../../lib/metric-name.ts';

export function gateStep(probe: LoadProbe): LoadStep | undefined {
  const expect = probe.expectLevel ?? undefined;
  if (expect !== undefined) return probe.steps.find((s) => s.level === expect);
  return probe.steps[0];
}

export function loadMetricLookup(probe: LoadProbe): MetricLookup {
  const unit = unitOf(probe.mode);
  const found = gateStep(probe);
  // A step in which no request completed has no latency to judge, however small it looks.
  const step = found && found.requests > 0 ? found : undefined;
  const trust = step ? { trusted: step.trusted !== false, ...(step.untrustedReason ? { untrustedReason: step.untrustedReason } : {}) } : { trusted: false };
  const at = step ? `level ${step.level} ${unit}` : undefined;
  const missingStep = () => ({
    missing: found
      ? `no request completed at level ${found.level} ${unit}`
      : probe.expectLevel != null
        ? `no step ran at the expected level ${probe.expectLevel} ${unit}`
        : 'no load step ran',
  });
  const metrics = stepMetrics(step, trust, at, missingStep);
  const iterations = step?.iterations;
  metrics.iteration_duration = () =>
    iterations
      ? { type: 'trend', ...trust, ...(at ? { at } : {}), read: (a) => readTrend(iterations.durationMs, undefined, a) }
      : { missing: step ? 'no virtual users ran (iterations are measured in modes users and arrivals)' : missingStep().missing };
  metrics.iteration_failed = () => {
    if (!iterations) return { missing: step ? 'no virtual users ran (iterations are measured in modes users and arrivals)' : missingStep().missing };
    const total = iterations.completed + iterations.failed;
    if (total === 0) return { missing: `no iteration ended at level ${step!.level} ${unit}` };
    return { type: 'rate', ...trust, ...(at ? { at } : {}), read: (a) => (a.kind === 'rate' ? iterations.failed / total : undefined) };
  };
  const untagged = restMetrics(probe, metrics, unit);
  return (metric) => {
    const { base, tags } = parseMetricName(metric);
    const tagNames = Object.keys(tags);
    if (!tagNames.length) return untagged(base);
    if (!TAGGED.has(base) || tagNames.some((t) => t !== 'name'))
      return { missing: `${metric}: only ${[...TAGGED].join(', ')} take a tag, and only {name:...}` };
    if (!step) return missingStep();
    const named = step.byName?.[tags.name!];
    if (!named) {
      const known = Object.keys(step.byName ?? {});
      return {
        missing: known.length
          ? `no request named "${tags.name}" at level ${step.level} ${unit}; named: ${known.join(', ')}`
          : 'no named requests (flow steps) were measured',
      };
    }
    if (named.requests === 0) return { missing: `no "${tags.name}" request completed at level ${step.level} ${unit}` };
    return stepMetrics(named, trust, `${at} (${tags.name})`, missingStep)[base]!();
  };
}

const TAGGED = new Set(['http_req_duration', 'http_req_failed', 'http_reqs']);

type Measured = Pick<LoadStep, 'latencyMs' | 'errorRate' | 'requests' | 'rps' | 'histogram'>;
type Lookup = Record<string, () => MetricValue | { missing: string }>;

/** The request metrics of a step, or of one request name in it. */
function stepMetrics(step: Measured | undefined, trust: { trusted: boolean }, at: string | undefined, missingStep: () => { missing: string }): Lookup {
  let hist: ReturnType<typeof decodeHistogram> | undefined;
  const fromHistogram = (p: number) => {
    if (!step?.histogram) return undefined;
    hist ??= decodeHistogram(step.histogram);
    return Math.round(hist.getValueAtPercentile(p)) / 1000;
  };
  return {
    http_req_duration: () =>
      step ? { type: 'trend', ...trust, ...(at ? { at } : {}), read: (a: Aggregation) => readTrend(step.latencyMs, fromHistogram, a) } : missingStep(),
    http_req_failed: () =>
      step ? { type: 'rate', ...trust, ...(at ? { at } : {}), read: (a) => (a.kind === 'rate' ? step.errorRate : undefined) } : missingStep(),
    http_reqs: () =>
      step
        ? { type: 'counter', ...trust, ...(at ? { at } : {}), read: (a) => (a.kind === 'count' ? step.requests : a.kind === 'rate' ? step.rps : undefined) }
        : missingStep(),
  };
}

/** A trend's aggregation from its summary, or any percentile from its histogram when kept. */
function readTrend(l: LatencyMs, fromHistogram: ((p: number) => number | undefined) | undefined, a: Aggregation): number | undefined {
  switch (a.kind) {
    case 'avg':
      return l.mean;
    case 'min':
      return l.min;
    case 'max':
      return l.max;
    case 'med':
      return l.p50;
    case 'percentile': {
      const named: Record<number, number | undefined> = { 50: l.p50, 90: l.p90, 95: l.p95, 99: l.p99, 99.9: l.p999, 100: l.max };
      return named[a.p] ?? fromHistogram?.(a.p);
    }
    default:
      return undefined;
  }
}

/** The ramp-level metrics: capacity, headroom, growth. */
function restMetrics(probe: LoadProbe, metrics: Lookup, unit: string) {
  Object.assign(metrics, {
    breaking_point: () => {
      const v = capacity(probe);
      return v === undefined
        ? { missing: 'the ramp found no good level' }
        : { type: 'gauge', trusted: true, at: `ramp (${probe.breakingPoint.reason})`, read: (a: Aggregation) => (a.kind === 'value' ? v : undefined) };
    },
    headroom: () => {
      const v = capacity(probe);
      const expect = probe.expectLevel;
      if (v === undefined) return { missing: 'the ramp found no good level' };
      if (!expect) return { missing: 'headroom needs an expected level (--expect)' };
      return {
        type: 'gauge',
        trusted: true,
        at: `capacity ${v} / expected ${expect} ${unit}`,
        read: (a: Aggregation) => (a.kind === 'value' ? v / expect : undefined),
      };
    },
  } satisfies Lookup);
  const proj = probe.projection;
  const utilization = (pick: (names: string[]) => string | undefined, what: string) => (): MetricValue | { missing: string } => {
    if (!proj) return { missing: 'no growth projection (needs --expect or --current, and resource samples)' };
    const name = pick(proj.resources.map((r) => r.name));
    const r = proj.resources.find((x) => x.name === name);
    if (!r) return { missing: `no ${what} was sampled` };
    return { type: 'gauge', trusted: true, at: `${r.name} at ${proj.current} ${unit}`, read: (a) => (a.kind === 'value' ? r.utilizationAtCurrent : undefined) };
  };
  metrics.growth_multiple = () => {
    if (!proj) return { missing: 'no growth projection (needs --expect or --current, and resource samples)' };
    if (!proj.firstToBreak) return { missing: 'no sampled resource rises with load: nothing projects to a limit' };
    const f = proj.firstToBreak;
    return { type: 'gauge', trusted: true, at: `${f.name} first`, read: (a) => (a.kind === 'value' ? f.multiple : undefined) };
  };
  metrics.cpu_utilization = utilization((n) => n.find((x) => x.startsWith('target CPU')) ?? n.find((x) => x.startsWith('machine CPU')), 'CPU');
  metrics.memory_utilization = utilization((n) => n.find((x) => x === 'machine memory'), 'memory');
  metrics.pool_utilization = utilization((n) => n.find((x) => /pool/i.test(x)) ?? n.find((x) => x === 'database connections'), 'connection pool');
  return (name: string) => metrics[name]?.() ?? { missing: `unknown load metric ${name}` };
}

/** The measured capacity: the last good level (a lower bound when the ramp never broke). */
export function capacity(probe: LoadProbe): number | undefined {
  return probe.breakingPoint.lastGood ?? undefined;
}

/**
 * Optional gates that cannot apply to this run are dropped (the shipped iteration gate on a
 * ramp without virtual users, a `{name:...}` gate on a flow without that step). Anything that
 * applies but was not measured stays, and is judged not-measured.
 */
export function expandLoadGates(gates: GateSpec[], block: LoadProbe | undefined): { gates: GateSpec[]; skipped: GateSpec[] } {
  const applies = (g: GateSpec) => {
    if (!block) return true;
    const { base, tags } = parseMetricName(g.metric);
    // Iterations exist only for virtual users, whether or not the run got that far.
    if (base.startsWith('iteration_')) return block.mode === 'users' || block.mode === 'arrivals';
    if (block.status === 'error') return true;
    if (tags.name !== undefined && !block.steps.some((s) => s.byName?.[tags.name!])) return false;
    return true;
  };
  const skipped = gates.filter((g) => g.optional && !applies(g));
  return { gates: gates.filter((g) => !skipped.includes(g)), skipped };
}
