// A ramp scenario (`scenarios/*.ramp.yaml|ts`): what to send, at which levels, and when the
// service counts as broken. Defaults are the playbook's (PRODUCT.md).
import { z } from 'zod';
import { DurationMs } from '../../lib/duration.ts';
import { DataSource, FlowStep, ThinkTime } from './flow-schema.ts';

export const Endpoint = z.strictObject({
  name: z.string().optional(),
  method: z.enum(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']).default('GET'),
  /** Appended to the target's path; none: the target URL itself. */
  path: z
    .string()
    .refine((p) => p.startsWith('/') || p.startsWith('{{'), 'must start with "/"')
    .optional(),
  headers: z.record(z.string(), z.string()).default({}),
  /** A string is sent as is; an object is sent as JSON (content-type set for you). */
  body: z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
  weight: z.number().int().positive().default(1),
});
export type Endpoint = z.infer<typeof Endpoint>;

export const BreakingCriteria = z.strictObject({
  /** The step breaks when its error rate is above this fraction. */
  errorRate: z.number().min(0).max(1).default(0.01),
  /** ... or when its p99 latency is above this many milliseconds. */
  p99Ms: z.number().positive().default(2000),
});
export type BreakingCriteria = z.infer<typeof BreakingCriteria>;

export const DEFAULT_STEPS = [100, 500, 1000, 5000];

/** concurrency: N connections; rate: N requests/s; users: N virtual users looping the flow;
 * arrivals: N new users/s, each running the flow once. */
export const LoadMode = z.enum(['concurrency', 'rate', 'users', 'arrivals']);
export type LoadMode = z.infer<typeof LoadMode>;

const RampScenarioShape = z.strictObject({
  name: z.string().optional(),
  target: z.url().optional(),
  mode: LoadMode.default('concurrency'),
  /** PRODUCT.md's spelling of `mode` (`model: users`). */
  model: LoadMode.optional(),
  steps: z.array(z.number().int().positive()).min(1).default(DEFAULT_STEPS),
  stepDuration: DurationMs.default(10_000),
  /** Traffic at the start of each step that is sent but not measured. */
  warmup: DurationMs.default(2_000),
  /** An idle pause before each step after the first, so a target with memory (a rate
   * limiter's bucket, a queue's backlog) starts each step as it would start the first. */
  cooldown: DurationMs.default(0),
  /** A request with no answer after this long counts as a timeout error. */
  timeout: DurationMs.default(10_000),
  /** Threads the generator spreads a step over (default: one per core); small levels use
   * fewer (docs/load.md). Concurrency and rate modes. */
  workers: z.number().int().positive().max(64).optional(),
  /** Rate mode: the most connections the open-model generator may open. */
  maxConnections: z.number().int().positive().default(2_000),
  headers: z.record(z.string(), z.string()).default({}),
  /** Default: one GET of the target URL itself. */
  endpoints: z
    .array(Endpoint)
    .min(1)
    .default([{ method: 'GET', headers: {}, weight: 1 }]),
  breaking: BreakingCriteria.default({ errorRate: 0.01, p99Ms: 2000 }),
  refine: z.boolean().default(false),
  /** --refine stops when (firstBad - lastGood) <= tolerance x lastGood. */
  refineTolerance: z.number().positive().max(1).default(0.1),
  expect: z.number().positive().optional(),
  headroom: z.number().positive().optional(),
  /** Safety cap: no level (connections or requests/s) above this is ever run. */
  cap: z.number().int().positive().default(10_000),
  /** Virtual users: the requests each user makes, in order (modes users and arrivals). */
  flow: z.array(FlowStep).min(1).optional(),
  /** Pause after each flow request (fixed or a range, "1s-3s"); a step's `think` overrides it. */
  thinkTime: ThinkTime.optional(),
  /** Data files read by `{{ name.column }}` templates in the flow and the endpoints. */
  data: z.record(z.string().regex(/^\w+$/, 'a name: letters, digits and "_"'), DataSource).default({}),
  /** Where `data` files are read from (set for you: the scenario file's folder). */
  baseDir: z.string().optional(),
});

export const RampScenario = RampScenarioShape.transform((s, ctx) => {
  const { model, ...rest } = s;
  if (model && s.mode !== 'concurrency' && model !== s.mode) {
    ctx.addIssue({ code: 'custom', path: ['model'], message: `model "${model}" and mode "${s.mode}" disagree; write one of them` });
  }
  const mode = model ?? s.mode;
  const users = mode === 'users' || mode === 'arrivals';
  if (users && !s.flow) ctx.addIssue({ code: 'custom', path: ['flow'], message: `mode "${mode}" needs a flow: the requests each virtual user makes` });
  if (!users && s.flow) {
    ctx.addIssue({ code: 'custom', path: ['flow'], message: `a flow is run by virtual users: set mode: users (closed) or mode: arrivals (open)` });
  }
  if (s.flow) {
    const seen = new Set<string>();
    s.flow.forEach((step, i) => {
      if (seen.has(step.name))
        ctx.addIssue({ code: 'custom', path: ['flow', i, 'name'], message: `"${step.name}" names two flow steps; names must be unique` });
      seen.add(step.name);
    });
    if (s.flow.every((step) => step.once) && mode === 'users') {
      ctx.addIssue({ code: 'custom', path: ['flow'], message: 'every step is once: a virtual user would have nothing to loop' });
    }
  }
  return { ...rest, mode };
});
export type RampScenario = z.infer<typeof RampScenario>;
export type RampScenarioInput = z.input<typeof RampScenario>;
