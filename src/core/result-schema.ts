// The result.json contract (PRODUCT.md). Versioned: fields may be added, never renamed.
// Every probe's block is optional (a probe that did not run is absent); a probe that ran
// and could not measure carries status "error" and a message.
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

export const Verdict = z.enum(['pass', 'warn', 'fail', 'error']);
export type Verdict = z.infer<typeof Verdict>;

export const GateOutcome = z.enum(['pass', 'warn', 'fail', 'error', 'not-measured']);
export type GateOutcome = z.infer<typeof GateOutcome>;

export const GateLevel = z.enum(['warn', 'fail']);
export type GateLevel = z.infer<typeof GateLevel>;

export const ProbeName = z.enum(['load', 'migrate', 'web', 'audit']);
export type ProbeName = z.infer<typeof ProbeName>;

export const SourceLocation = z.object({ file: z.string(), line: z.number().int().optional() });

export const GateResult = z.object({
  id: z.string(),
  probe: z.string(),
  metric: z.string(),
  expression: z.string(),
  actual: z.number().nullable(),
  level: GateLevel,
  outcome: GateOutcome,
  message: z.string(),
  /** Where the gate was judged, e.g. "level 100" for a load step. */
  at: z.string().optional(),
  source: SourceLocation.optional(),
});
export type GateResult = z.infer<typeof GateResult>;

const ProbeStatus = {
  status: z.enum(['ok', 'error']).default('ok'),
  message: z.string().optional(),
};

export const LatencyMs = z.object({
  p50: z.number(),
  p90: z.number(),
  p95: z.number(),
  p99: z.number(),
  max: z.number(),
  min: z.number().optional(),
  mean: z.number().optional(),
  p999: z.number().optional(),
});
export type LatencyMs = z.infer<typeof LatencyMs>;

export const LoadStep = z.object({
  level: z.number(),
  durationS: z.number(),
  requests: z.number().int(),
  rps: z.number(),
  latencyMs: LatencyMs,
  errorRate: z.number(),
  errors: z.record(z.string(), z.number().int()),
  /** Why this step ran: the planned ramp, a --refine bisection, or an added check level. */
  phase: z.enum(['ramp', 'refine', 'expect', 'headroom']).optional(),
  warmupS: z.number().optional(),
  /** Offered rate in rate mode (requests/s); the level itself. */
  offeredRps: z.number().optional(),
  /** Generator honesty: false when the numbers cannot be used to pass a gate. */
  trusted: z.boolean().optional(),
  untrustedReason: z.string().optional(),
  generator: z
    .object({
      eventLoopLagMsP99: z.number(),
      eventLoopLagMsMean: z.number(),
      cpuPercent: z.number(),
      /** Rate mode: mean lateness of actual sends against their intended time. */
      sendLagMsMean: z.number().optional(),
    })
    .optional(),
  /** Latency HDR histogram, compressed base64, so any percentile can be judged later. */
  histogram: z.string().optional(),
  breaks: z.array(z.string()).optional(),
  resources: z.record(z.string(), z.unknown()).optional(),
});
export type LoadStep = z.infer<typeof LoadStep>;

export const BreakingPoint = z.object({
  found: z.boolean(),
  lastGood: z.number().nullable(),
  firstBad: z.number().nullable(),
  reason: z.string(),
});
export type BreakingPoint = z.infer<typeof BreakingPoint>;

export const LoadProbe = z.object({
  ...ProbeStatus,
  mode: z.enum(['concurrency', 'rate']),
  target: z.string(),
  scenario: z.string().optional(),
  criteria: z.object({ errorRate: z.number(), p99Ms: z.number() }).optional(),
  expectLevel: z.number().nullable().optional(),
  headroom: z.number().nullable().optional(),
  steps: z.array(LoadStep),
  breakingPoint: BreakingPoint,
});
export type LoadProbe = z.infer<typeof LoadProbe>;

export { MigrateProbe } from './result-schema-migrate.ts';
import { MigrateProbe } from './result-schema-migrate.ts';

// The other probes are defined loosely here and tightened by the issues that build them.
export const WebProbe = z.object({ ...ProbeStatus }).passthrough();
export const AuditProbe = z.object({ ...ProbeStatus }).passthrough();

export const Result = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  verdict: Verdict,
  startedAt: z.string(),
  finishedAt: z.string(),
  interrupted: z.boolean(),
  tool: z.object({ name: z.literal('shipgate'), version: z.string() }),
  command: z.string().optional(),
  message: z.string().optional(),
  gates: z.array(GateResult),
  probes: z.object({
    load: LoadProbe.optional(),
    migrate: MigrateProbe.optional(),
    web: WebProbe.optional(),
    audit: AuditProbe.optional(),
  }),
});
export type Result = z.infer<typeof Result>;
