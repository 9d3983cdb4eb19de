// A ramp scenario (`scenarios/*.ramp.yaml|ts`): what to send, at which levels, and when the
// service counts as broken. Defaults are the playbook's (PRODUCT.md).
import { z } from 'zod';
import { DurationMs } from "../../lib/duration.js";
export const Endpoint = z.strictObject({
    name: z.string().optional(),
    method: z.enum(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']).default('GET'),
    /** Appended to the target's path; none: the target URL itself. */
    path: z.string().startsWith('/', 'must start with "/"').optional(),
    headers: z.record(z.string(), z.string()).default({}),
    /** A string is sent as is; an object is sent as JSON (content-type set for you). */
    body: z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
    weight: z.number().int().positive().default(1),
});
export const BreakingCriteria = z.strictObject({
    /** The step breaks when its error rate is above this fraction. */
    errorRate: z.number().min(0).max(1).default(0.01),
    /** ... or when its p99 latency is above this many milliseconds. */
    p99Ms: z.number().positive().default(2000),
});
export const DEFAULT_STEPS = [100, 500, 1000, 5000];
export const RampScenario = z.strictObject({
    name: z.string().optional(),
    target: z.url().optional(),
    mode: z.enum(['concurrency', 'rate']).default('concurrency'),
    steps: z.array(z.number().int().positive()).min(1).default(DEFAULT_STEPS),
    stepDuration: DurationMs.default(10_000),
    /** Traffic at the start of each step that is sent but not measured. */
    warmup: DurationMs.default(2_000),
    /** An idle pause before each step after the first, so a target with memory (a rate
     * limiter's bucket, a queue's backlog) starts each step as it would start the first. */
    cooldown: DurationMs.default(0),
    /** A request with no answer after this long counts as a timeout error. */
    timeout: DurationMs.default(10_000),
    /** Rate mode: the most connections the open-model generator may open. */
    maxConnections: z.number().int().positive().default(2_000),
    headers: z.record(z.string(), z.string()).default({}),
    /** Default: one GET of the target URL itself. */
    endpoints: z
        .array(Endpoint)
        .min(1)
        .default([{ method: 'GET', headers: {}, weight: 1 }]),
    breaking: BreakingCriteria.default({ errorRate: 0.01, p99Ms: 2000 }),
    refine: z.boolean().default(false),
    /** --refine stops when (firstBad - lastGood) <= tolerance x lastGood. */
    refineTolerance: z.number().positive().max(1).default(0.1),
    expect: z.number().positive().optional(),
    headroom: z.number().positive().optional(),
    /** Safety cap: no level (connections or requests/s) above this is ever run. */
    cap: z.number().int().positive().default(10_000),
});
