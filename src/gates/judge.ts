// One function judges every gate, so the scoring rules live in one place (as Lighthouse's
// makeAuditResult does): a gate whose metric is missing is "not-measured", a probe that
// errored turns its gates into "error", and untrusted numbers never pass.
import type { GateResult } from '../core/result.ts';
import type { GateSpec } from './gate-spec.ts';
import type { MetricLookup } from '../core/metric.ts';
import { aggregationName, evaluateThreshold } from '../lib/threshold.ts';
import { formatNumber } from '../lib/format.ts';

/** Per probe that ran: its metrics, or why it could not measure. */
export type ProbeMetrics = Record<string, MetricLookup | { error: string }>;

export function judgeGate(spec: GateSpec, probes: ProbeMetrics): GateResult {
  const base = {
    id: spec.id,
    probe: spec.probe,
    metric: spec.metric,
    expression: spec.expression,
    level: spec.level,
    ...(spec.source ? { source: spec.source } : {}),
  };
  const lookup = probes[spec.probe];
  if (!lookup) {
    return { ...base, actual: null, outcome: 'not-measured', message: `the ${spec.probe} probe did not run` };
  }
  if ('error' in lookup) {
    return { ...base, actual: null, outcome: 'error', message: `the ${spec.probe} probe could not measure: ${lookup.error}` };
  }
  const metric = lookup(spec.metric);
  if ('missing' in metric) {
    return { ...base, actual: null, outcome: 'not-measured', message: metric.missing };
  }
  const at = metric.at ? { at: metric.at } : {};
  const actual = metric.read(spec.threshold.aggregation);
  const aggName = aggregationName(spec.threshold.aggregation);
  if (actual === undefined || Number.isNaN(actual)) {
    return { ...base, ...at, actual: null, outcome: 'not-measured', message: `${spec.metric} ${aggName} was not measured` };
  }
  const ok = evaluateThreshold(spec.threshold, actual);
  const shown = `${spec.metric} ${aggName} = ${formatNumber(actual)}`;
  if (!metric.trusted) {
    return {
      ...base,
      ...at,
      actual,
      outcome: 'not-measured',
      message: `${shown}, but the numbers cannot pass a gate: ${metric.untrustedReason ?? 'untrusted measurement'}`,
    };
  }
  if (ok) {
    return { ...base, ...at, actual, outcome: 'pass', message: `${shown} (${spec.expression})` };
  }
  return {
    ...base,
    ...at,
    actual,
    outcome: spec.level === 'warn' ? 'warn' : 'fail',
    message: `${shown}, breaks ${spec.expression}`,
  };
}
