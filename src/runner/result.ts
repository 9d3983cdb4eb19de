// result.json as a whole: the envelope (src/core/result.ts) and each probe's block.
import { z } from 'zod';
import { BaselineBlock, GateResult, SCHEMA_VERSION, Verdict } from '../core/result.ts';
import { LoadProbe } from '../probes/load/block.ts';
import { MigrateProbe } from '../probes/migrate/block.ts';
import { WebProbe } from '../probes/web/block.ts';
import { AuditProbe } from '../probes/audit/block.ts';

export const ProbeName = z.enum(['load', 'migrate', 'web', 'audit']);
export type ProbeName = z.infer<typeof ProbeName>;

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
  probes: z.object({
    load: LoadProbe.optional(),
    migrate: MigrateProbe.optional(),
    web: WebProbe.optional(),
    audit: AuditProbe.optional(),
  }),
});
export type Result = z.infer<typeof Result>;
