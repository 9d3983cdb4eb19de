import { z } from 'zod';
import type { RampScenario } from '../scenario.js';
export declare const PlanStep: z.ZodObject<{
    level: z.ZodNumber;
    phase: z.ZodEnum<{
        ramp: "ramp";
        refine: "refine";
        expect: "expect";
        headroom: "headroom";
    }>;
    warmupS: z.ZodNumber;
    holdS: z.ZodNumber;
}, z.core.$strip>;
export declare const K6RampPlan: z.ZodObject<{
    shipgatePlan: z.ZodLiteral<1>;
    scenario: z.ZodOptional<z.ZodString>;
    mode: z.ZodEnum<{
        rate: "rate";
        concurrency: "concurrency";
    }>;
    target: z.ZodString;
    expect: z.ZodNullable<z.ZodNumber>;
    headroom: z.ZodNullable<z.ZodNumber>;
    criteria: z.ZodObject<{
        errorRate: z.ZodNumber;
        p99Ms: z.ZodNumber;
    }, z.core.$strip>;
    steps: z.ZodArray<z.ZodObject<{
        level: z.ZodNumber;
        phase: z.ZodEnum<{
            ramp: "ramp";
            refine: "refine";
            expect: "expect";
            headroom: "headroom";
        }>;
        warmupS: z.ZodNumber;
        holdS: z.ZodNumber;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type K6RampPlan = z.infer<typeof K6RampPlan>;
export declare function buildPlan(s: RampScenario, target: string): K6RampPlan;
/** The tags on every request of a level's measured (hold) stage. */
export declare function holdTags(level: number): string;
/** The k6 sub-metric of one level's measured stage, e.g. `http_reqs{step:100,phase:hold}`. */
export declare function stepMetric(metric: string, level: number): string;
/** The level gates are judged at, as shipgate's gate lookup picks it. */
export declare function gateLevel(plan: K6RampPlan): number;
