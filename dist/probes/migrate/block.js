// result.json's "migrate" block (PRODUCT.md): server, dataset, migrations with per-statement
// duration, locks and rewrites, and the projection to production size. Extend, never rename.
import { z } from 'zod';
export const LockHold = z.object({
    relation: z.string(),
    /** PostgreSQL lock mode as pg_locks names it, e.g. AccessExclusiveLock. */
    mode: z.string(),
    /** From when it was first seen until its transaction ended. */
    heldMs: z.number(),
    /** How long the statement waited to get it. */
    waitedMs: z.number().optional(),
});
export const TrafficStats = z.object({
    queries: z.number().int(),
    errors: z.number().int(),
    latencyMs: z.object({ p50: z.number(), p95: z.number(), p99: z.number(), max: z.number() }),
    /** Longest time one traffic query was seen waiting for a lock. */
    maxLockWaitMs: z.number(),
    /** Latency HDR histogram, compressed base64 (µs), for any percentile later. */
    histogram: z.string().optional(),
});
export const StatementResult = z.object({
    sql: z.string(),
    line: z.number().int().optional(),
    durationMs: z.number(),
    locks: z.array(LockHold),
    rewrote: z.array(z.string()),
    status: z.enum(['ok', 'fail']).optional(),
    error: z.string().optional(),
    /** With repeats: each run's duration; durationMs is the best of them. */
    repeatsMs: z.array(z.number()).optional(),
    /** --traffic: the queries that started while this statement ran (blocked ones included). */
    traffic: TrafficStats.optional(),
});
export const MigrationResult = z.object({
    file: z.string(),
    durationMs: z.number(),
    status: z.enum(['ok', 'fail', 'skipped']),
    error: z.string().optional(),
    /** Ran inside one transaction (false: CONCURRENTLY or -- shipgate:no-transaction). */
    transaction: z.boolean(),
    statements: z.array(StatementResult),
    traffic: TrafficStats.optional(),
});
export const Estimate = z.object({
    ms: z.number(),
    low: z.number(),
    high: z.number(),
});
export const StatementProjection = z.object({
    file: z.string(),
    statement: z.number().int(),
    sql: z.string(),
    /** The table whose size drives this statement (largest it locked or rewrote). */
    table: z.string().nullable(),
    /** Rows of that table at each measured size, and the durations measured there. */
    points: z.array(z.object({ rows: z.number(), durationMs: z.number() })),
    prodRows: z.number().nullable(),
    model: z.enum(['linear', 'constant']),
    r2: z.number().nullable(),
    estimate: Estimate,
    trusted: z.boolean(),
    untrustedReason: z.string().optional(),
});
export const Projection = z.object({
    prodRows: z.record(z.string(), z.number()),
    /** Sum over statements; low/high sum each statement's interval (conservative). */
    totalMs: Estimate,
    trusted: z.boolean(),
    untrustedReason: z.string().optional(),
    statements: z.array(StatementProjection),
});
export const MigrateRun = z.object({
    scale: z.number(),
    dataset: z.record(z.string(), z.number()),
    synthesisMs: z.number().optional(),
    repeats: z.number().int().optional(),
    migrations: z.array(MigrationResult),
});
export const MigrateProbe = z.object({
    status: z.enum(['ok', 'error']).default('ok'),
    message: z.string().optional(),
    // Optional only so that a bare { status: "error", message } block is valid; the probe
    // always fills server, dataset and migrations, with what it measured before failing.
    server: z
        .object({
        version: z.string(),
        kind: z.enum(['embedded', 'url']).optional(),
        where: z.string().optional(),
        settings: z.record(z.string(), z.string()).optional(),
    })
        .optional(),
    source: z.object({ kind: z.enum(['dataset', 'dump', 'none']), file: z.string().optional() }).optional(),
    /** Rows per table at the largest size run (the one `migrations` reports). */
    dataset: z.record(z.string(), z.number()).optional(),
    /** Tables at least this large count as large for the lock and rewrite gates. */
    largeTableRows: z.number().optional(),
    lockSampleIntervalMs: z.number().optional(),
    /** Largest gap between lock samples (a busy machine makes it grow past the interval). */
    lockSampleGapMs: z.number().optional(),
    command: z.string().optional(),
    migrations: z.array(MigrationResult).optional(),
    /** Every size run, smallest first; the last is the one in `migrations`. */
    runs: z.array(MigrateRun).optional(),
    projection: Projection.optional(),
});
