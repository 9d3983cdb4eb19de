// When does a step count as broken, and where between the steps does the service break.
import type { BreakingPoint, LoadStep } from './block.ts';
import type { BreakingCriteria } from './scenario.ts';

/** Reasons this step breaks the criteria; empty when it held. */
export function stepBreaks(step: Pick<LoadStep, 'requests' | 'errorRate' | 'latencyMs' | 'rps' | 'offeredRps' | 'iterations'>, c: BreakingCriteria): string[] {
  const reasons: string[] = [];
  if (step.requests === 0) return ['no request completed in the step'];
  if (step.errorRate > c.errorRate) {
    reasons.push(`error rate ${pct(step.errorRate)} > ${pct(c.errorRate)}`);
  }
  // Virtual users: a flow that cannot finish is broken even when few requests fail (a
  // capture that finds nothing fails the iteration before it sends anything).
  const it = step.iterations;
  if (it && it.failed / Math.max(1, it.completed + it.failed) > c.errorRate) {
    reasons.push(`failed iterations ${pct(it.failed / (it.completed + it.failed))} > ${pct(c.errorRate)}`);
  }
  const p99 = step.latencyMs.p99; // absent only in an ingested k6 summary without p(99)
  if (p99 !== undefined && p99 > c.p99Ms) {
    reasons.push(`p99 ${Math.round(p99)} ms > ${c.p99Ms} ms`);
  }
  if (step.offeredRps !== undefined && step.rps < step.offeredRps * RATE_SHORTFALL) {
    reasons.push(`achieved ${Math.round(step.rps)} of ${step.offeredRps} requests/s offered`);
  }
  return reasons;
}

/** In rate mode, an achieved rate below this share of the offered rate is a shortfall. */
export const RATE_SHORTFALL = 0.95;

export function pct(x: number): string {
  const v = x * 100;
  return `${v >= 10 || v === 0 ? v.toFixed(0) : v >= 1 ? v.toFixed(1) : v.toFixed(2)}%`;
}

/** The next level to try when bisecting, or undefined when the interval is tight enough. */
export function nextBisection(lastGood: number, firstBad: number, tolerance: number): number | undefined {
  if (firstBad - lastGood <= Math.max(1, tolerance * lastGood)) return undefined;
  const mid = Math.round((lastGood + firstBad) / 2);
  if (mid <= lastGood || mid >= firstBad) return undefined;
  return mid;
}

export function describeBreakingPoint(steps: LoadStep[], unit: string): BreakingPoint {
  const good = steps.filter((s) => (s.breaks ?? []).length === 0 && s.trusted !== false);
  const bad = steps.filter((s) => (s.breaks ?? []).length > 0);
  const lastGood = good.length ? Math.max(...good.map((s) => s.level)) : null;
  const firstBadStep = bad.length ? bad.reduce((a, b) => (b.level < a.level ? b : a)) : undefined;
  if (!firstBadStep) {
    const top = steps.length ? Math.max(...steps.map((s) => s.level)) : null;
    return {
      found: false,
      lastGood,
      firstBad: null,
      reason: top === null ? 'no step ran' : `held at every level up to ${top} ${unit}`,
    };
  }
  return {
    found: true,
    lastGood: lastGood !== null && lastGood < firstBadStep.level ? lastGood : null,
    firstBad: firstBadStep.level,
    reason: `at ${firstBadStep.level} ${unit}: ${(firstBadStep.breaks ?? []).join('; ')}`,
  };
}
