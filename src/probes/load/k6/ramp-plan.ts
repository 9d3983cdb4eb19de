// The ramp as an exported k6 script runs it: one warm-up stage and one hold stage per level,
// in the order shipgate's own ramp would run them. The script writes this plan beside k6's
// summary data, so `shipgate k6 ingest` can rebuild one step per level from the sub-metrics
// the script asked k6 to keep (`http_reqs{step:100,phase:hold}`, ...).
import { z } from 'zod';
import type { RampScenario } from '../scenario.ts';
import { planLevels } from '../plan.ts';
import { redactUrl } from '../../../core/allow-host.ts';

export const PlanStep = z.object({
  level: z.number(),
  phase: z.enum(['ramp', 'refine', 'expect', 'headroom']),
  warmupS: z.number(),
  holdS: z.number(),
});

export const K6RampPlan = z.object({
  shipgatePlan: z.literal(1),
  scenario: z.string().optional(),
  mode: z.enum(['concurrency', 'rate', 'users', 'arrivals']),
  target: z.string(),
  expect: z.number().nullable(),
  headroom: z.number().nullable(),
  criteria: z.object({ errorRate: z.number(), p99Ms: z.number() }),
  steps: z.array(PlanStep).min(1),
  /** Virtual users: the flow's request names, kept per level as `{name:X,step:L,phase:hold}`. */
  names: z.array(z.string()).optional(),
});
export type K6RampPlan = z.infer<typeof K6RampPlan>;

export function buildPlan(s: RampScenario, target: string): K6RampPlan {
  return {
    shipgatePlan: 1,
    ...(s.name ? { scenario: s.name } : {}),
    mode: s.mode,
    target: redactUrl(target),
    expect: s.expect ?? null,
    headroom: s.headroom ?? null,
    criteria: { ...s.breaking },
    // --refine bisects on results as they arrive; a fixed k6 schedule cannot, so the exported
    // plan is the planned levels only.
    steps: planLevels(s).map(({ level, phase }) => ({ level, phase, warmupS: s.warmup / 1000, holdS: s.stepDuration / 1000 })),
    ...(s.flow ? { names: s.flow.map((f) => f.name) } : {}),
  };
}

/** The tags on every request of a level's measured (hold) stage. */
export function holdTags(level: number): string {
  return `step:${level},phase:hold`;
}

/** The k6 sub-metric of one level's measured stage, e.g. `http_reqs{step:100,phase:hold}`,
 * or of one flow request name in it (`http_req_duration{name:login,step:100,phase:hold}`). */
export function stepMetric(metric: string, level: number, name?: string): string {
  return `${metric}{${name !== undefined ? `name:${name},` : ''}${holdTags(level)}}`;
}

/** The level gates are judged at, as shipgate's gate lookup picks it. */
export function gateLevel(plan: K6RampPlan): number {
  return plan.expect ?? plan.steps[0]!.level;
}
