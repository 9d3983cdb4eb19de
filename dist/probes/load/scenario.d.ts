import { z } from 'zod';
export declare const Endpoint: z.ZodObject<{
    name: z.ZodOptional<z.ZodString>;
    method: z.ZodDefault<z.ZodEnum<{
        GET: "GET";
        HEAD: "HEAD";
        POST: "POST";
        PUT: "PUT";
        PATCH: "PATCH";
        DELETE: "DELETE";
        OPTIONS: "OPTIONS";
    }>>;
    path: z.ZodOptional<z.ZodString>;
    headers: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    body: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodArray<z.ZodUnknown>]>>;
    weight: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
export type Endpoint = z.infer<typeof Endpoint>;
export declare const BreakingCriteria: z.ZodObject<{
    errorRate: z.ZodDefault<z.ZodNumber>;
    p99Ms: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
export type BreakingCriteria = z.infer<typeof BreakingCriteria>;
export declare const DEFAULT_STEPS: number[];
export declare const RampScenario: z.ZodObject<{
    name: z.ZodOptional<z.ZodString>;
    target: z.ZodOptional<z.ZodURL>;
    mode: z.ZodDefault<z.ZodEnum<{
        rate: "rate";
        concurrency: "concurrency";
    }>>;
    steps: z.ZodDefault<z.ZodArray<z.ZodNumber>>;
    stepDuration: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<number, string | number>>>;
    warmup: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<number, string | number>>>;
    cooldown: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<number, string | number>>>;
    timeout: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<number, string | number>>>;
    maxConnections: z.ZodDefault<z.ZodNumber>;
    headers: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    endpoints: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodOptional<z.ZodString>;
        method: z.ZodDefault<z.ZodEnum<{
            GET: "GET";
            HEAD: "HEAD";
            POST: "POST";
            PUT: "PUT";
            PATCH: "PATCH";
            DELETE: "DELETE";
            OPTIONS: "OPTIONS";
        }>>;
        path: z.ZodOptional<z.ZodString>;
        headers: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
        body: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodArray<z.ZodUnknown>]>>;
        weight: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>>;
    breaking: z.ZodDefault<z.ZodObject<{
        errorRate: z.ZodDefault<z.ZodNumber>;
        p99Ms: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    refine: z.ZodDefault<z.ZodBoolean>;
    refineTolerance: z.ZodDefault<z.ZodNumber>;
    expect: z.ZodOptional<z.ZodNumber>;
    headroom: z.ZodOptional<z.ZodNumber>;
    cap: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
export type RampScenario = z.infer<typeof RampScenario>;
export type RampScenarioInput = z.input<typeof RampScenario>;
