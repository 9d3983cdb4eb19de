import { z } from 'zod';
export declare const LockHold: z.ZodObject<{
    relation: z.ZodString;
    mode: z.ZodString;
    heldMs: z.ZodNumber;
    waitedMs: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>;
export type LockHold = z.infer<typeof LockHold>;
export declare const TrafficStats: z.ZodObject<{
    queries: z.ZodNumber;
    errors: z.ZodNumber;
    latencyMs: z.ZodObject<{
        p50: z.ZodNumber;
        p95: z.ZodNumber;
        p99: z.ZodNumber;
        max: z.ZodNumber;
    }, z.core.$strip>;
    maxLockWaitMs: z.ZodNumber;
    histogram: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type TrafficStats = z.infer<typeof TrafficStats>;
export declare const StatementResult: z.ZodObject<{
    sql: z.ZodString;
    line: z.ZodOptional<z.ZodNumber>;
    durationMs: z.ZodNumber;
    locks: z.ZodArray<z.ZodObject<{
        relation: z.ZodString;
        mode: z.ZodString;
        heldMs: z.ZodNumber;
        waitedMs: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>;
    rewrote: z.ZodArray<z.ZodString>;
    status: z.ZodOptional<z.ZodEnum<{
        fail: "fail";
        ok: "ok";
    }>>;
    error: z.ZodOptional<z.ZodString>;
    repeatsMs: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
    traffic: z.ZodOptional<z.ZodObject<{
        queries: z.ZodNumber;
        errors: z.ZodNumber;
        latencyMs: z.ZodObject<{
            p50: z.ZodNumber;
            p95: z.ZodNumber;
            p99: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
        maxLockWaitMs: z.ZodNumber;
        histogram: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type StatementResult = z.infer<typeof StatementResult>;
export declare const MigrationResult: z.ZodObject<{
    file: z.ZodString;
    durationMs: z.ZodNumber;
    status: z.ZodEnum<{
        fail: "fail";
        ok: "ok";
        skipped: "skipped";
    }>;
    error: z.ZodOptional<z.ZodString>;
    transaction: z.ZodBoolean;
    statements: z.ZodArray<z.ZodObject<{
        sql: z.ZodString;
        line: z.ZodOptional<z.ZodNumber>;
        durationMs: z.ZodNumber;
        locks: z.ZodArray<z.ZodObject<{
            relation: z.ZodString;
            mode: z.ZodString;
            heldMs: z.ZodNumber;
            waitedMs: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>;
        rewrote: z.ZodArray<z.ZodString>;
        status: z.ZodOptional<z.ZodEnum<{
            fail: "fail";
            ok: "ok";
        }>>;
        error: z.ZodOptional<z.ZodString>;
        repeatsMs: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
        traffic: z.ZodOptional<z.ZodObject<{
            queries: z.ZodNumber;
            errors: z.ZodNumber;
            latencyMs: z.ZodObject<{
                p50: z.ZodNumber;
                p95: z.ZodNumber;
                p99: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>;
            maxLockWaitMs: z.ZodNumber;
            histogram: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    traffic: z.ZodOptional<z.ZodObject<{
        queries: z.ZodNumber;
        errors: z.ZodNumber;
        latencyMs: z.ZodObject<{
            p50: z.ZodNumber;
            p95: z.ZodNumber;
            p99: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>;
        maxLockWaitMs: z.ZodNumber;
        histogram: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type MigrationResult = z.infer<typeof MigrationResult>;
export declare const Estimate: z.ZodObject<{
    ms: z.ZodNumber;
    low: z.ZodNumber;
    high: z.ZodNumber;
}, z.core.$strip>;
export declare const StatementProjection: z.ZodObject<{
    file: z.ZodString;
    statement: z.ZodNumber;
    sql: z.ZodString;
    table: z.ZodNullable<z.ZodString>;
    points: z.ZodArray<z.ZodObject<{
        rows: z.ZodNumber;
        durationMs: z.ZodNumber;
    }, z.core.$strip>>;
    prodRows: z.ZodNullable<z.ZodNumber>;
    model: z.ZodEnum<{
        linear: "linear";
        constant: "constant";
    }>;
    r2: z.ZodNullable<z.ZodNumber>;
    estimate: z.ZodObject<{
        ms: z.ZodNumber;
        low: z.ZodNumber;
        high: z.ZodNumber;
    }, z.core.$strip>;
    trusted: z.ZodBoolean;
    untrustedReason: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type StatementProjection = z.infer<typeof StatementProjection>;
export declare const Projection: z.ZodObject<{
    prodRows: z.ZodRecord<z.ZodString, z.ZodNumber>;
    totalMs: z.ZodObject<{
        ms: z.ZodNumber;
        low: z.ZodNumber;
        high: z.ZodNumber;
    }, z.core.$strip>;
    trusted: z.ZodBoolean;
    untrustedReason: z.ZodOptional<z.ZodString>;
    statements: z.ZodArray<z.ZodObject<{
        file: z.ZodString;
        statement: z.ZodNumber;
        sql: z.ZodString;
        table: z.ZodNullable<z.ZodString>;
        points: z.ZodArray<z.ZodObject<{
            rows: z.ZodNumber;
            durationMs: z.ZodNumber;
        }, z.core.$strip>>;
        prodRows: z.ZodNullable<z.ZodNumber>;
        model: z.ZodEnum<{
            linear: "linear";
            constant: "constant";
        }>;
        r2: z.ZodNullable<z.ZodNumber>;
        estimate: z.ZodObject<{
            ms: z.ZodNumber;
            low: z.ZodNumber;
            high: z.ZodNumber;
        }, z.core.$strip>;
        trusted: z.ZodBoolean;
        untrustedReason: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type Projection = z.infer<typeof Projection>;
export declare const MigrateRun: z.ZodObject<{
    scale: z.ZodNumber;
    dataset: z.ZodRecord<z.ZodString, z.ZodNumber>;
    synthesisMs: z.ZodOptional<z.ZodNumber>;
    repeats: z.ZodOptional<z.ZodNumber>;
    migrations: z.ZodArray<z.ZodObject<{
        file: z.ZodString;
        durationMs: z.ZodNumber;
        status: z.ZodEnum<{
            fail: "fail";
            ok: "ok";
            skipped: "skipped";
        }>;
        error: z.ZodOptional<z.ZodString>;
        transaction: z.ZodBoolean;
        statements: z.ZodArray<z.ZodObject<{
            sql: z.ZodString;
            line: z.ZodOptional<z.ZodNumber>;
            durationMs: z.ZodNumber;
            locks: z.ZodArray<z.ZodObject<{
                relation: z.ZodString;
                mode: z.ZodString;
                heldMs: z.ZodNumber;
                waitedMs: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strip>>;
            rewrote: z.ZodArray<z.ZodString>;
            status: z.ZodOptional<z.ZodEnum<{
                fail: "fail";
                ok: "ok";
            }>>;
            error: z.ZodOptional<z.ZodString>;
            repeatsMs: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
            traffic: z.ZodOptional<z.ZodObject<{
                queries: z.ZodNumber;
                errors: z.ZodNumber;
                latencyMs: z.ZodObject<{
                    p50: z.ZodNumber;
                    p95: z.ZodNumber;
                    p99: z.ZodNumber;
                    max: z.ZodNumber;
                }, z.core.$strip>;
                maxLockWaitMs: z.ZodNumber;
                histogram: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        traffic: z.ZodOptional<z.ZodObject<{
            queries: z.ZodNumber;
            errors: z.ZodNumber;
            latencyMs: z.ZodObject<{
                p50: z.ZodNumber;
                p95: z.ZodNumber;
                p99: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>;
            maxLockWaitMs: z.ZodNumber;
            histogram: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type MigrateRun = z.infer<typeof MigrateRun>;
export declare const MigrateProbe: z.ZodObject<{
    status: z.ZodDefault<z.ZodEnum<{
        error: "error";
        ok: "ok";
    }>>;
    message: z.ZodOptional<z.ZodString>;
    server: z.ZodOptional<z.ZodObject<{
        version: z.ZodString;
        kind: z.ZodOptional<z.ZodEnum<{
            url: "url";
            embedded: "embedded";
        }>>;
        where: z.ZodOptional<z.ZodString>;
        settings: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strip>>;
    source: z.ZodOptional<z.ZodObject<{
        kind: z.ZodEnum<{
            dataset: "dataset";
            dump: "dump";
            none: "none";
        }>;
        file: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    dataset: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodNumber>>;
    largeTableRows: z.ZodOptional<z.ZodNumber>;
    lockSampleIntervalMs: z.ZodOptional<z.ZodNumber>;
    lockSampleGapMs: z.ZodOptional<z.ZodNumber>;
    command: z.ZodOptional<z.ZodString>;
    migrations: z.ZodOptional<z.ZodArray<z.ZodObject<{
        file: z.ZodString;
        durationMs: z.ZodNumber;
        status: z.ZodEnum<{
            fail: "fail";
            ok: "ok";
            skipped: "skipped";
        }>;
        error: z.ZodOptional<z.ZodString>;
        transaction: z.ZodBoolean;
        statements: z.ZodArray<z.ZodObject<{
            sql: z.ZodString;
            line: z.ZodOptional<z.ZodNumber>;
            durationMs: z.ZodNumber;
            locks: z.ZodArray<z.ZodObject<{
                relation: z.ZodString;
                mode: z.ZodString;
                heldMs: z.ZodNumber;
                waitedMs: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strip>>;
            rewrote: z.ZodArray<z.ZodString>;
            status: z.ZodOptional<z.ZodEnum<{
                fail: "fail";
                ok: "ok";
            }>>;
            error: z.ZodOptional<z.ZodString>;
            repeatsMs: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
            traffic: z.ZodOptional<z.ZodObject<{
                queries: z.ZodNumber;
                errors: z.ZodNumber;
                latencyMs: z.ZodObject<{
                    p50: z.ZodNumber;
                    p95: z.ZodNumber;
                    p99: z.ZodNumber;
                    max: z.ZodNumber;
                }, z.core.$strip>;
                maxLockWaitMs: z.ZodNumber;
                histogram: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        traffic: z.ZodOptional<z.ZodObject<{
            queries: z.ZodNumber;
            errors: z.ZodNumber;
            latencyMs: z.ZodObject<{
                p50: z.ZodNumber;
                p95: z.ZodNumber;
                p99: z.ZodNumber;
                max: z.ZodNumber;
            }, z.core.$strip>;
            maxLockWaitMs: z.ZodNumber;
            histogram: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$strip>>>;
    runs: z.ZodOptional<z.ZodArray<z.ZodObject<{
        scale: z.ZodNumber;
        dataset: z.ZodRecord<z.ZodString, z.ZodNumber>;
        synthesisMs: z.ZodOptional<z.ZodNumber>;
        repeats: z.ZodOptional<z.ZodNumber>;
        migrations: z.ZodArray<z.ZodObject<{
            file: z.ZodString;
            durationMs: z.ZodNumber;
            status: z.ZodEnum<{
                fail: "fail";
                ok: "ok";
                skipped: "skipped";
            }>;
            error: z.ZodOptional<z.ZodString>;
            transaction: z.ZodBoolean;
            statements: z.ZodArray<z.ZodObject<{
                sql: z.ZodString;
                line: z.ZodOptional<z.ZodNumber>;
                durationMs: z.ZodNumber;
                locks: z.ZodArray<z.ZodObject<{
                    relation: z.ZodString;
                    mode: z.ZodString;
                    heldMs: z.ZodNumber;
                    waitedMs: z.ZodOptional<z.ZodNumber>;
                }, z.core.$strip>>;
                rewrote: z.ZodArray<z.ZodString>;
                status: z.ZodOptional<z.ZodEnum<{
                    fail: "fail";
                    ok: "ok";
                }>>;
                error: z.ZodOptional<z.ZodString>;
                repeatsMs: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                traffic: z.ZodOptional<z.ZodObject<{
                    queries: z.ZodNumber;
                    errors: z.ZodNumber;
                    latencyMs: z.ZodObject<{
                        p50: z.ZodNumber;
                        p95: z.ZodNumber;
                        p99: z.ZodNumber;
                        max: z.ZodNumber;
                    }, z.core.$strip>;
                    maxLockWaitMs: z.ZodNumber;
                    histogram: z.ZodOptional<z.ZodString>;
                }, z.core.$strip>>;
            }, z.core.$strip>>;
            traffic: z.ZodOptional<z.ZodObject<{
                queries: z.ZodNumber;
                errors: z.ZodNumber;
                latencyMs: z.ZodObject<{
                    p50: z.ZodNumber;
                    p95: z.ZodNumber;
                    p99: z.ZodNumber;
                    max: z.ZodNumber;
                }, z.core.$strip>;
                maxLockWaitMs: z.ZodNumber;
                histogram: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
    }, z.core.$strip>>>;
    projection: z.ZodOptional<z.ZodObject<{
        prodRows: z.ZodRecord<z.ZodString, z.ZodNumber>;
        totalMs: z.ZodObject<{
            ms: z.ZodNumber;
            low: z.ZodNumber;
            high: z.ZodNumber;
        }, z.core.$strip>;
        trusted: z.ZodBoolean;
        untrustedReason: z.ZodOptional<z.ZodString>;
        statements: z.ZodArray<z.ZodObject<{
            file: z.ZodString;
            statement: z.ZodNumber;
            sql: z.ZodString;
            table: z.ZodNullable<z.ZodString>;
            points: z.ZodArray<z.ZodObject<{
                rows: z.ZodNumber;
                durationMs: z.ZodNumber;
            }, z.core.$strip>>;
            prodRows: z.ZodNullable<z.ZodNumber>;
            model: z.ZodEnum<{
                linear: "linear";
                constant: "constant";
            }>;
            r2: z.ZodNullable<z.ZodNumber>;
            estimate: z.ZodObject<{
                ms: z.ZodNumber;
                low: z.ZodNumber;
                high: z.ZodNumber;
            }, z.core.$strip>;
            trusted: z.ZodBoolean;
            untrustedReason: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type MigrateProbe = z.infer<typeof MigrateProbe>;
/** What the probe itself always produces. */
export type MigrateResult = MigrateProbe & Required<Pick<MigrateProbe, 'server' | 'dataset' | 'migrations'>>;
