import { z } from 'zod';
import { BaselineBlock, GateResult, SCHEMA_VERSION, Verdict } from '../core/result.js';
import { type BlockOf, type ProbeName } from './registry.js';
export type { ProbeName };
export type ProbeBlocks = {
    [N in ProbeName]?: BlockOf<N>;
};
export interface Result {
    schemaVersion: typeof SCHEMA_VERSION;
    verdict: z.infer<typeof Verdict>;
    startedAt: string;
    finishedAt: string;
    interrupted: boolean;
    tool: {
        name: 'shipgate';
        version: string;
    };
    command?: string;
    message?: string;
    gates: z.infer<typeof GateResult>[];
    baseline?: z.infer<typeof BaselineBlock>;
    probes: ProbeBlocks;
}
export declare const Result: z.ZodType<Result>;
