// The levels a ramp will run, decided before anything starts: the planned steps, the expected
// level, and the headroom level when beyond them; a level above the safety cap is a usage error.
import { UsageError } from '../../core/errors.ts';
import type { LoadStep } from './block.ts';
import type { RampScenario } from './scenario.ts';

export type StepPhase = NonNullable<LoadStep['phase']>;

export function unitOf(mode: RampScenario['mode']): string {
  return { concurrency: 'connections', rate: 'req/s', users: 'users', arrivals: 'users/s' }[mode];
}

/** Levels to run in order: the planned steps, plus --headroom's level when beyond them. */
export function planLevels(s: RampScenario): { level: number; phase: StepPhase }[] {
  const levels = new Map<number, StepPhase>();
  for (const l of s.steps) levels.set(l, 'ramp');
  if (s.expect !== undefined && !levels.has(s.expect)) levels.set(s.expect, 'expect');
  if (s.expect !== undefined && s.headroom !== undefined) {
    const need = Math.ceil(s.expect * s.headroom);
    if (need > Math.max(...levels.keys())) levels.set(need, 'headroom');
  }
  const over = [...levels.keys()].filter((l) => l > s.cap);
  if (over.length) {
    throw new UsageError(
      `level ${Math.max(...over)} ${unitOf(s.mode)} is above the safety cap of ${s.cap}`,
      `lower the steps (or --expect x --headroom), or raise the cap with --cap N (scenario: cap) if the generator and target can take it`,
    );
  }
  return [...levels.entries()].sort((a, b) => a[0] - b[0]).map(([level, phase]) => ({ level, phase }));
}
