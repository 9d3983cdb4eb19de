import { z } from 'zod';
export declare const SCHEMA_VERSION: 1;
export declare const Verdict: z.ZodEnum<{
    pass: "pass";
    warn: "warn";
    fail: "fail";
    error: "error";
}>;
export type Verdict = z.infer<typeof Verdict>;
export declare const GateOutcome: z.ZodEnum<{
    pass: "pass";
    warn: "warn";
    fail: "fail";
    error: "error";
    "not-measured": "not-measured";
}>;
export type GateOutcome = z.infer<typeof GateOutcome>;
export declare const GateLevel: z.ZodEnum<{
    warn: "warn";
    fail: "fail";
}>;
export type GateLevel = z.infer<typeof GateLevel>;
export declare const SourceLocation: z.ZodObject<{
    file: z.ZodString;
    line: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>;
export declare const GateResult: z.ZodObject<{
    id: z.ZodString;
    probe: z.ZodString;
    metric: z.ZodString;
    expression: z.ZodString;
    actual: z.ZodNullable<z.ZodNumber>;
    level: z.ZodEnum<{
        warn: "warn";
        fail: "fail";
    }>;
    outcome: z.ZodEnum<{
        pass: "pass";
        warn: "warn";
        fail: "fail";
        error: "error";
        "not-measured": "not-measured";
    }>;
    message: z.ZodString;
    at: z.ZodOptional<z.ZodString>;
    source: z.ZodOptional<z.ZodObject<{
        file: z.ZodString;
        line: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type GateResult = z.infer<typeof GateResult>;
/** Every probe block starts with these. */
export declare const ProbeStatus: {
    status: z.ZodDefault<z.ZodEnum<{
        error: "error";
        ok: "ok";
    }>>;
    message: z.ZodOptional<z.ZodString>;
};
export declare const ComparisonOutcome: z.ZodEnum<{
    pass: "pass";
    warn: "warn";
    fail: "fail";
    inconclusive: "inconclusive";
    new: "new";
}>;
export declare const Comparison: z.ZodObject<{
    probe: z.ZodString;
    key: z.ZodString;
    label: z.ZodString;
    unit: z.ZodString;
    baseline: z.ZodNullable<z.ZodNumber>;
    current: z.ZodNumber;
    worseBy: z.ZodNullable<z.ZodNumber>;
    test: z.ZodOptional<z.ZodObject<{
        method: z.ZodString;
        p: z.ZodNumber;
        n: z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>;
    }, z.core.$strip>>;
    outcome: z.ZodEnum<{
        pass: "pass";
        warn: "warn";
        fail: "fail";
        inconclusive: "inconclusive";
        new: "new";
    }>;
    message: z.ZodString;
}, z.core.$strip>;
export type Comparison = z.infer<typeof Comparison>;
export declare const BaselineBlock: z.ZodObject<{
    source: z.ZodString;
    missing: z.ZodOptional<z.ZodBoolean>;
    message: z.ZodOptional<z.ZodString>;
    baselineStartedAt: z.ZodOptional<z.ZodString>;
    policy: z.ZodObject<{
        warn: z.ZodNumber;
        fail: z.ZodNumber;
    }, z.core.$strip>;
    comparisons: z.ZodArray<z.ZodObject<{
        probe: z.ZodString;
        key: z.ZodString;
        label: z.ZodString;
        unit: z.ZodString;
        baseline: z.ZodNullable<z.ZodNumber>;
        current: z.ZodNumber;
        worseBy: z.ZodNullable<z.ZodNumber>;
        test: z.ZodOptional<z.ZodObject<{
            method: z.ZodString;
            p: z.ZodNumber;
            n: z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>;
        }, z.core.$strip>>;
        outcome: z.ZodEnum<{
            pass: "pass";
            warn: "warn";
            fail: "fail";
            inconclusive: "inconclusive";
            new: "new";
        }>;
        message: z.ZodString;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type BaselineBlock = z.infer<typeof BaselineBlock>;
/** result.json as the layers below the runner see it: every probe block is opaque here. */
export interface ResultEnvelope {
    schemaVersion: typeof SCHEMA_VERSION;
    verdict: Verdict;
    startedAt: string;
    finishedAt: string;
    interrupted: boolean;
    tool: {
        name: 'shipgate';
        version: string;
    };
    command?: string;
    message?: string;
    gates: GateResult[];
    baseline?: BaselineBlock;
    probes: Record<string, unknown>;
}
