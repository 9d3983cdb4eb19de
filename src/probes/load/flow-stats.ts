// A flow step's numbers as the result block keeps them: per request name (in flow order) and
// per iteration.
import type { LoadStep, NamedStats } from './block.ts';
import type { FlowStepResult } from './flow-runner.ts';

export function flowStepFields(r: FlowStepResult, stepMs: number): Pick<LoadStep, 'byName' | 'iterations' | 'users'> {
  const byName: Record<string, NamedStats> = {};
  for (const [name, { rec, includesWarmup }] of r.byName) {
    const windowS = includesWarmup ? Math.min(rec.windowS, stepMs / 1000) : rec.windowS;
    byName[name] = {
      requests: rec.requests,
      rps: round(windowS > 0 ? rec.requests / windowS : 0, 1),
      errorRate: round(rec.errorRate, 6),
      errors: { ...rec.errors },
      latencyMs: rec.latency(),
      ...(rec.requests > 0 ? { histogram: rec.encodedHistogram() } : {}),
      ...(includesWarmup ? { includesWarmup: true } : {}),
    };
  }
  return { byName, iterations: r.iterations, users: round(r.usersMean, 1) };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
