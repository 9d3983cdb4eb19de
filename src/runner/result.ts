// result.json as a whole: the envelope (src/core/result.ts) and, under `probes`, each
// registered probe's block. The JSON Schema published in schema/ is generated from this.
import { z } from 'zod';
import { BaselineBlock, GateResult, SCHEMA_VERSION, Verdict } from '../core/result.ts';
import type { AnyProbe } from '../core/probe.ts';
import { PROBES, type BlockOf, type ProbeName } from './registry.ts';

export type { ProbeName };

export type ProbeBlocks = { [N in ProbeName]?: BlockOf<N> };

export interface Result {
  schemaVersion: typeof SCHEMA_VERSION;
  verdict: z.infer<typeof Verdict>;
  startedAt: string;
  finishedAt: string;
  interrupted: boolean;
  tool: { name: 'shipgate'; version: string };
  command?: string;
  message?: string;
  gates: z.infer<typeof GateResult>[];
  baseline?: z.infer<typeof BaselineBlock>;
  probes: ProbeBlocks;
}

const probeBlocks = z.object(Object.fromEntries((PROBES as readonly AnyProbe[]).map((p) => [p.name, (p.block as z.ZodType).optional()])));

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
  baseline: BaselineBlock.optional(),
  probes: probeBlocks,
}) as unknown as z.ZodType<Result>;
