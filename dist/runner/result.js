// result.json as a whole: the envelope (src/core/result.ts) and, under `probes`, each
// registered probe's block. The JSON Schema published in schema/ is generated from this.
import { z } from 'zod';
import { BaselineBlock, GateResult, SCHEMA_VERSION, Verdict } from "../core/result.js";
import { PROBES } from "./registry.js";
const probeBlocks = z.object(Object.fromEntries(PROBES.map((p) => [p.name, p.block.optional()])));
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
});
