import { z } from 'zod';
import type { GateResult } from '../core/result.js';
import type { Comparable } from '../core/metric.js';
export declare const Thresholds: z.ZodObject<{
    warn: z.ZodDefault<z.ZodNumber>;
    fail: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
export declare const BaselinePolicy: z.ZodObject<{
    warn: z.ZodDefault<z.ZodNumber>;
    fail: z.ZodDefault<z.ZodNumber>;
    metrics: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodObject<{
        warn: z.ZodOptional<z.ZodDefault<z.ZodNumber>>;
        fail: z.ZodOptional<z.ZodDefault<z.ZodNumber>>;
    }, z.core.$strict>>>;
    minSamples: z.ZodDefault<z.ZodNumber>;
    alpha: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
export type BaselinePolicy = z.infer<typeof BaselinePolicy>;
export { Comparison, BaselineBlock } from '../core/result.js';
import type { Comparison, BaselineBlock } from '../core/result.js';
export declare function compareOne(cur: Comparable, base: Comparable | undefined, p: BaselinePolicy): Comparison;
/** Each of the run's comparables against the baseline's (the registry gathers both from the probes). */
export declare function compareWithBaseline(current: Comparable[], baseline: Comparable[], meta: {
    source: string;
    startedAt?: string;
}, policy: BaselinePolicy): BaselineBlock;
/** Regressions become gates (warn or fail level); inconclusive and new ones stay reported only. */
export declare function baselineGates(b: BaselineBlock): GateResult[];
