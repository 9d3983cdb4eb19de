// The metrics a run can be compared on with its baseline, per probe. Each has a direction
// (which way is worse) and, when the probe measured it several times, its samples.
import type { Result } from '../runner/result.ts';
import { gateStep } from '../probes/load/metrics.ts';
import { webComparables } from '../probes/web/comparables.ts';

export interface Comparable {
  probe: string;
  /** Stable key, e.g. "load.http_req_duration.p95"; the same key is looked up in the baseline. */
  key: string;
  label: string;
  unit: string;
  worse: 'higher' | 'lower';
  value: number;
  samples?: number[];
  /** Changes smaller than this (in the metric's unit) are never a regression: noise floor. */
  absoluteFloor?: number;
}

export type ComparableSource = (r: Result) => Comparable[];

const loadComparables: ComparableSource = (r) => {
  const l = r.probes.load;
  if (!l || l.status === 'error') return [];
  const out: Comparable[] = [];
  const step = gateStep(l);
  if (step && step.trusted !== false) {
    const at = `at ${step.level}`;
    for (const p of ['p50', 'p95', 'p99'] as const) {
      const value = step.latencyMs[p]; // absent when an ingested k6 summary lacked the stat
      if (value !== undefined) out.push({ probe: 'load', key: `load.http_req_duration.${p}@${step.level}`, label: `latency ${p} ${at}`, unit: 'ms', worse: 'higher', value, absoluteFloor: 1 });
    }
    out.push({ probe: 'load', key: `load.http_req_failed@${step.level}`, label: `error rate ${at}`, unit: 'ratio', worse: 'higher', value: step.errorRate, absoluteFloor: 0.001 });
    out.push({ probe: 'load', key: `load.http_reqs.rate@${step.level}`, label: `throughput ${at}`, unit: 'req/s', worse: 'lower', value: step.rps });
  }
  if (l.breakingPoint.lastGood !== null) {
    out.push({ probe: 'load', key: 'load.breaking_point', label: 'breaking point (last good level)', unit: l.mode === 'rate' ? 'req/s' : 'connections', worse: 'lower', value: l.breakingPoint.lastGood });
  }
  return out;
};

/** Probes register their comparables here. */
export const comparableSources: ComparableSource[] = [loadComparables, webComparables];

export function comparables(r: Result): Comparable[] {
  return comparableSources.flatMap((f) => f(r));
}
