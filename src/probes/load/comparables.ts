// What a baseline compares for a ramp: latency and errors at the level gates are judged at
// (only when that step was trusted), throughput there, each flow step's p95 and the
// iteration's, and the breaking point.
import type { Comparable } from '../../core/metric.ts';
import { unitOf } from './plan.ts';
import type { LoadProbe } from './block.ts';
import { gateStep } from './metrics.ts';

export function loadComparables(l: LoadProbe): Comparable[] {
  if (l.status === 'error') return [];
  const out: Comparable[] = [];
  const step = gateStep(l);
  if (step && step.trusted !== false) {
    const at = `at ${step.level}`;
    for (const p of ['p50', 'p95', 'p99'] as const) {
      const value = step.latencyMs[p]; // absent when an ingested k6 summary lacked the stat
      if (value !== undefined)
        out.push({
          probe: 'load',
          key: `load.http_req_duration.${p}@${step.level}`,
          label: `latency ${p} ${at}`,
          unit: 'ms',
          worse: 'higher',
          value,
          absoluteFloor: 1,
        });
    }
    out.push({
      probe: 'load',
      key: `load.http_req_failed@${step.level}`,
      label: `error rate ${at}`,
      unit: 'ratio',
      worse: 'higher',
      value: step.errorRate,
      absoluteFloor: 0.001,
    });
    out.push({ probe: 'load', key: `load.http_reqs.rate@${step.level}`, label: `throughput ${at}`, unit: 'req/s', worse: 'lower', value: step.rps });
    // Virtual users: each request name's p95, and one pass through the flow.
    for (const [name, n] of Object.entries(step.byName ?? {})) {
      if (n.latencyMs.p95 === undefined || n.requests === 0) continue;
      const key = `load.http_req_duration{name:${name}}.p95@${step.level}`;
      out.push({ probe: 'load', key, label: `${name} p95 ${at}`, unit: 'ms', worse: 'higher', value: n.latencyMs.p95, absoluteFloor: 1 });
    }
    const it = step.iterations;
    if (it && it.completed > 0 && it.durationMs.p95 !== undefined) {
      out.push({
        probe: 'load',
        key: `load.iteration_duration.p95@${step.level}`,
        label: `iteration p95 ${at}`,
        unit: 'ms',
        worse: 'higher',
        value: it.durationMs.p95,
        absoluteFloor: 1,
      });
    }
  }
  if (l.breakingPoint.lastGood !== null) {
    out.push({
      probe: 'load',
      key: 'load.breaking_point',
      label: 'breaking point (last good level)',
      unit: unitOf(l.mode),
      worse: 'lower',
      value: l.breakingPoint.lastGood,
    });
  }
  return out;
}
