// The result.json envelope (the contract scripts and CI rely on; versioned: fields may be
// added, never renamed): verdict, gates, baseline. Each probe's block is defined in its own
// folder and composed by the registry (src/runner/result.ts). A probe that did not run is
// absent; a probe that ran and could not measure carries status "error" and a message.
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

export const Verdict = z.enum(['pass', 'warn', 'fail', 'error']);
export type Verdict = z.infer<typeof Verdict>;

export const GateOutcome = z.enum(['pass', 'warn', 'fail', 'error', 'not-measured']);
export type GateOutcome = z.infer<typeof GateOutcome>;

export const GateLevel = z.enum(['warn', 'fail']);
export type GateLevel = z.infer<typeof GateLevel>;

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

/** Every probe block starts with these. */
export const ProbeStatus = {
  status: z.enum(['ok', 'error']).default('ok'),
  message: z.string().optional(),
};

// Comparison with the last accepted run (`--baseline`), see src/baseline/compare.ts.
export const ComparisonOutcome = z.enum(['pass', 'warn', 'fail', 'inconclusive', 'new']);

export const Comparison = z.object({
  probe: z.string(),
  key: z.string(),
  label: z.string(),
  unit: z.string(),
  baseline: z.number().nullable(),
  current: z.number(),
  /** Relative change in the "worse" direction: +0.15 = 15% worse, -0.05 = 5% better. */
  worseBy: z.number().nullable(),
  test: z.object({ method: z.string(), p: z.number(), n: z.tuple([z.number(), z.number()]) }).optional(),
  outcome: ComparisonOutcome,
  message: z.string(),
});
export type Comparison = z.infer<typeof Comparison>;

export const BaselineBlock = z.object({
  source: z.string(),
  /** The configured baseline file does not exist: nothing was compared (see message). */
  missing: z.boolean().optional(),
  message: z.string().optional(),
  baselineStartedAt: z.string().optional(),
  policy: z.object({ warn: z.number(), fail: z.number() }),
  comparisons: z.array(Comparison),
});
export type BaselineBlock = z.infer<typeof BaselineBlock>;

/** result.json as the layers below the runner see it: every probe block is opaque here. */
export interface ResultEnvelope {
  schemaVersion: typeof SCHEMA_VERSION;
  verdict: Verdict;
  startedAt: string;
  finishedAt: string;
  interrupted: boolean;
  tool: { name: 'shipgate'; version: string };
  command?: string;
  message?: string;
  gates: GateResult[];
  baseline?: BaselineBlock;
  probes: Record<string, unknown>;
}
