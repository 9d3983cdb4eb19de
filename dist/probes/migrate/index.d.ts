import { type MigratePrepared } from './prepare.js';
import { migrateMetricLookup } from './metrics.js';
import { migrateComparables } from './comparables.js';
import { migrateReport } from './report.js';
export type { MigratePrepared } from './prepare.js';
export declare const migrateProbe: {
    name: "migrate";
    description: string;
    config: import("zod").ZodObject<{
        migrations: import("zod").ZodOptional<import("zod").ZodString>;
        command: import("zod").ZodOptional<import("zod").ZodString>;
        dataset: import("zod").ZodOptional<import("zod").ZodString>;
        dump: import("zod").ZodOptional<import("zod").ZodString>;
        scratchUrl: import("zod").ZodOptional<import("zod").ZodString>;
        scale: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodNumber>>;
        rows: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodNumber>>;
        repeat: import("zod").ZodDefault<import("zod").ZodNumber>;
        prodRows: import("zod").ZodDefault<import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodNumber>>;
        traffic: import("zod").ZodDefault<import("zod").ZodBoolean>;
        largeTableRows: import("zod").ZodDefault<import("zod").ZodNumber>;
        sampleInterval: import("zod").ZodDefault<import("zod").ZodPipe<import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodNumber]>, import("zod").ZodTransform<number, string | number>>>;
        statementTimeout: import("zod").ZodDefault<import("zod").ZodPipe<import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodNumber]>, import("zod").ZodTransform<number, string | number>>>;
    }, import("zod/v4/core").$strict>;
    command: {
        name: string;
        description: string;
        flags: import("../../core/probe.js").FlagTable<{
            migrations?: string | undefined;
            command?: string | undefined;
            dataset?: string | undefined;
            dump?: string | undefined;
            scratchUrl?: string | undefined;
            scale?: number[] | undefined;
            rows?: number[] | undefined;
            repeat?: number | undefined;
            prodRows?: Record<string, number> | undefined;
            traffic?: boolean | undefined;
            largeTableRows?: number | undefined;
            sampleInterval?: string | number | undefined;
            statementTimeout?: string | number | undefined;
        }>;
        maxRunTime: number;
    };
    block: import("zod").ZodObject<{
        status: import("zod").ZodDefault<import("zod").ZodEnum<{
            error: "error";
            ok: "ok";
        }>>;
        message: import("zod").ZodOptional<import("zod").ZodString>;
        server: import("zod").ZodOptional<import("zod").ZodObject<{
            version: import("zod").ZodString;
            kind: import("zod").ZodOptional<import("zod").ZodEnum<{
                url: "url";
                embedded: "embedded";
            }>>;
            where: import("zod").ZodOptional<import("zod").ZodString>;
            settings: import("zod").ZodOptional<import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodString>>;
        }, import("zod/v4/core").$strip>>;
        source: import("zod").ZodOptional<import("zod").ZodObject<{
            kind: import("zod").ZodEnum<{
                none: "none";
                dataset: "dataset";
                dump: "dump";
            }>;
            file: import("zod").ZodOptional<import("zod").ZodString>;
        }, import("zod/v4/core").$strip>>;
        dataset: import("zod").ZodOptional<import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodNumber>>;
        largeTableRows: import("zod").ZodOptional<import("zod").ZodNumber>;
        lockSampleIntervalMs: import("zod").ZodOptional<import("zod").ZodNumber>;
        lockSampleGapMs: import("zod").ZodOptional<import("zod").ZodNumber>;
        command: import("zod").ZodOptional<import("zod").ZodString>;
        migrations: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodObject<{
            file: import("zod").ZodString;
            durationMs: import("zod").ZodNumber;
            status: import("zod").ZodEnum<{
                fail: "fail";
                ok: "ok";
                skipped: "skipped";
            }>;
            error: import("zod").ZodOptional<import("zod").ZodString>;
            transaction: import("zod").ZodBoolean;
            statements: import("zod").ZodArray<import("zod").ZodObject<{
                sql: import("zod").ZodString;
                line: import("zod").ZodOptional<import("zod").ZodNumber>;
                durationMs: import("zod").ZodNumber;
                locks: import("zod").ZodArray<import("zod").ZodObject<{
                    relation: import("zod").ZodString;
                    mode: import("zod").ZodString;
                    heldMs: import("zod").ZodNumber;
                    waitedMs: import("zod").ZodOptional<import("zod").ZodNumber>;
                }, import("zod/v4/core").$strip>>;
                rewrote: import("zod").ZodArray<import("zod").ZodString>;
                status: import("zod").ZodOptional<import("zod").ZodEnum<{
                    fail: "fail";
                    ok: "ok";
                }>>;
                error: import("zod").ZodOptional<import("zod").ZodString>;
                repeatsMs: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodNumber>>;
                traffic: import("zod").ZodOptional<import("zod").ZodObject<{
                    queries: import("zod").ZodNumber;
                    errors: import("zod").ZodNumber;
                    latencyMs: import("zod").ZodObject<{
                        p50: import("zod").ZodNumber;
                        p95: import("zod").ZodNumber;
                        p99: import("zod").ZodNumber;
                        max: import("zod").ZodNumber;
                    }, import("zod/v4/core").$strip>;
                    maxLockWaitMs: import("zod").ZodNumber;
                    histogram: import("zod").ZodOptional<import("zod").ZodString>;
                }, import("zod/v4/core").$strip>>;
            }, import("zod/v4/core").$strip>>;
            traffic: import("zod").ZodOptional<import("zod").ZodObject<{
                queries: import("zod").ZodNumber;
                errors: import("zod").ZodNumber;
                latencyMs: import("zod").ZodObject<{
                    p50: import("zod").ZodNumber;
                    p95: import("zod").ZodNumber;
                    p99: import("zod").ZodNumber;
                    max: import("zod").ZodNumber;
                }, import("zod/v4/core").$strip>;
                maxLockWaitMs: import("zod").ZodNumber;
                histogram: import("zod").ZodOptional<import("zod").ZodString>;
            }, import("zod/v4/core").$strip>>;
        }, import("zod/v4/core").$strip>>>;
        runs: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodObject<{
            scale: import("zod").ZodNumber;
            dataset: import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodNumber>;
            synthesisMs: import("zod").ZodOptional<import("zod").ZodNumber>;
            repeats: import("zod").ZodOptional<import("zod").ZodNumber>;
            migrations: import("zod").ZodArray<import("zod").ZodObject<{
                file: import("zod").ZodString;
                durationMs: import("zod").ZodNumber;
                status: import("zod").ZodEnum<{
                    fail: "fail";
                    ok: "ok";
                    skipped: "skipped";
                }>;
                error: import("zod").ZodOptional<import("zod").ZodString>;
                transaction: import("zod").ZodBoolean;
                statements: import("zod").ZodArray<import("zod").ZodObject<{
                    sql: import("zod").ZodString;
                    line: import("zod").ZodOptional<import("zod").ZodNumber>;
                    durationMs: import("zod").ZodNumber;
                    locks: import("zod").ZodArray<import("zod").ZodObject<{
                        relation: import("zod").ZodString;
                        mode: import("zod").ZodString;
                        heldMs: import("zod").ZodNumber;
                        waitedMs: import("zod").ZodOptional<import("zod").ZodNumber>;
                    }, import("zod/v4/core").$strip>>;
                    rewrote: import("zod").ZodArray<import("zod").ZodString>;
                    status: import("zod").ZodOptional<import("zod").ZodEnum<{
                        fail: "fail";
                        ok: "ok";
                    }>>;
                    error: import("zod").ZodOptional<import("zod").ZodString>;
                    repeatsMs: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodNumber>>;
                    traffic: import("zod").ZodOptional<import("zod").ZodObject<{
                        queries: import("zod").ZodNumber;
                        errors: import("zod").ZodNumber;
                        latencyMs: import("zod").ZodObject<{
                            p50: import("zod").ZodNumber;
                            p95: import("zod").ZodNumber;
                            p99: import("zod").ZodNumber;
                            max: import("zod").ZodNumber;
                        }, import("zod/v4/core").$strip>;
                        maxLockWaitMs: import("zod").ZodNumber;
                        histogram: import("zod").ZodOptional<import("zod").ZodString>;
                    }, import("zod/v4/core").$strip>>;
                }, import("zod/v4/core").$strip>>;
                traffic: import("zod").ZodOptional<import("zod").ZodObject<{
                    queries: import("zod").ZodNumber;
                    errors: import("zod").ZodNumber;
                    latencyMs: import("zod").ZodObject<{
                        p50: import("zod").ZodNumber;
                        p95: import("zod").ZodNumber;
                        p99: import("zod").ZodNumber;
                        max: import("zod").ZodNumber;
                    }, import("zod/v4/core").$strip>;
                    maxLockWaitMs: import("zod").ZodNumber;
                    histogram: import("zod").ZodOptional<import("zod").ZodString>;
                }, import("zod/v4/core").$strip>>;
            }, import("zod/v4/core").$strip>>;
        }, import("zod/v4/core").$strip>>>;
        projection: import("zod").ZodOptional<import("zod").ZodObject<{
            prodRows: import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodNumber>;
            totalMs: import("zod").ZodObject<{
                ms: import("zod").ZodNumber;
                low: import("zod").ZodNumber;
                high: import("zod").ZodNumber;
            }, import("zod/v4/core").$strip>;
            trusted: import("zod").ZodBoolean;
            untrustedReason: import("zod").ZodOptional<import("zod").ZodString>;
            statements: import("zod").ZodArray<import("zod").ZodObject<{
                file: import("zod").ZodString;
                statement: import("zod").ZodNumber;
                sql: import("zod").ZodString;
                table: import("zod").ZodNullable<import("zod").ZodString>;
                points: import("zod").ZodArray<import("zod").ZodObject<{
                    rows: import("zod").ZodNumber;
                    durationMs: import("zod").ZodNumber;
                }, import("zod/v4/core").$strip>>;
                prodRows: import("zod").ZodNullable<import("zod").ZodNumber>;
                model: import("zod").ZodEnum<{
                    linear: "linear";
                    constant: "constant";
                }>;
                r2: import("zod").ZodNullable<import("zod").ZodNumber>;
                estimate: import("zod").ZodObject<{
                    ms: import("zod").ZodNumber;
                    low: import("zod").ZodNumber;
                    high: import("zod").ZodNumber;
                }, import("zod/v4/core").$strip>;
                trusted: import("zod").ZodBoolean;
                untrustedReason: import("zod").ZodOptional<import("zod").ZodString>;
            }, import("zod/v4/core").$strip>>;
        }, import("zod/v4/core").$strip>>;
    }, import("zod/v4/core").$strip>;
    prepare: (c: {
        repeat: number;
        prodRows: Record<string, number>;
        traffic: boolean;
        largeTableRows: number;
        sampleInterval: number;
        statementTimeout: number;
        migrations?: string | undefined;
        command?: string | undefined;
        dataset?: string | undefined;
        dump?: string | undefined;
        scratchUrl?: string | undefined;
        scale?: number[] | undefined;
        rows?: number[] | undefined;
    }, ctx: import("../../core/probe.js").PrepareContext) => Promise<MigratePrepared>;
    measure(p: MigratePrepared, ctx: import("../../core/probe.js").MeasureContext<{
        status: "error" | "ok";
        message?: string | undefined;
        server?: {
            version: string;
            kind?: "url" | "embedded" | undefined;
            where?: string | undefined;
            settings?: Record<string, string> | undefined;
        } | undefined;
        source?: {
            kind: "none" | "dataset" | "dump";
            file?: string | undefined;
        } | undefined;
        dataset?: Record<string, number> | undefined;
        largeTableRows?: number | undefined;
        lockSampleIntervalMs?: number | undefined;
        lockSampleGapMs?: number | undefined;
        command?: string | undefined;
        migrations?: {
            file: string;
            durationMs: number;
            status: "fail" | "ok" | "skipped";
            transaction: boolean;
            statements: {
                sql: string;
                durationMs: number;
                locks: {
                    relation: string;
                    mode: string;
                    heldMs: number;
                    waitedMs?: number | undefined;
                }[];
                rewrote: string[];
                line?: number | undefined;
                status?: "fail" | "ok" | undefined;
                error?: string | undefined;
                repeatsMs?: number[] | undefined;
                traffic?: {
                    queries: number;
                    errors: number;
                    latencyMs: {
                        p50: number;
                        p95: number;
                        p99: number;
                        max: number;
                    };
                    maxLockWaitMs: number;
                    histogram?: string | undefined;
                } | undefined;
            }[];
            error?: string | undefined;
            traffic?: {
                queries: number;
                errors: number;
                latencyMs: {
                    p50: number;
                    p95: number;
                    p99: number;
                    max: number;
                };
                maxLockWaitMs: number;
                histogram?: string | undefined;
            } | undefined;
        }[] | undefined;
        runs?: {
            scale: number;
            dataset: Record<string, number>;
            migrations: {
                file: string;
                durationMs: number;
                status: "fail" | "ok" | "skipped";
                transaction: boolean;
                statements: {
                    sql: string;
                    durationMs: number;
                    locks: {
                        relation: string;
                        mode: string;
                        heldMs: number;
                        waitedMs?: number | undefined;
                    }[];
                    rewrote: string[];
                    line?: number | undefined;
                    status?: "fail" | "ok" | undefined;
                    error?: string | undefined;
                    repeatsMs?: number[] | undefined;
                    traffic?: {
                        queries: number;
                        errors: number;
                        latencyMs: {
                            p50: number;
                            p95: number;
                            p99: number;
                            max: number;
                        };
                        maxLockWaitMs: number;
                        histogram?: string | undefined;
                    } | undefined;
                }[];
                error?: string | undefined;
                traffic?: {
                    queries: number;
                    errors: number;
                    latencyMs: {
                        p50: number;
                        p95: number;
                        p99: number;
                        max: number;
                    };
                    maxLockWaitMs: number;
                    histogram?: string | undefined;
                } | undefined;
            }[];
            synthesisMs?: number | undefined;
            repeats?: number | undefined;
        }[] | undefined;
        projection?: {
            prodRows: Record<string, number>;
            totalMs: {
                ms: number;
                low: number;
                high: number;
            };
            trusted: boolean;
            statements: {
                file: string;
                statement: number;
                sql: string;
                table: string | null;
                points: {
                    rows: number;
                    durationMs: number;
                }[];
                prodRows: number | null;
                model: "linear" | "constant";
                r2: number | null;
                estimate: {
                    ms: number;
                    low: number;
                    high: number;
                };
                trusted: boolean;
                untrustedReason?: string | undefined;
            }[];
            untrustedReason?: string | undefined;
        } | undefined;
    }>): Promise<import("./block.js").MigrateResult>;
    errorBlock: (_p: MigratePrepared, message: string, partial: {
        status: "error" | "ok";
        message?: string | undefined;
        server?: {
            version: string;
            kind?: "url" | "embedded" | undefined;
            where?: string | undefined;
            settings?: Record<string, string> | undefined;
        } | undefined;
        source?: {
            kind: "none" | "dataset" | "dump";
            file?: string | undefined;
        } | undefined;
        dataset?: Record<string, number> | undefined;
        largeTableRows?: number | undefined;
        lockSampleIntervalMs?: number | undefined;
        lockSampleGapMs?: number | undefined;
        command?: string | undefined;
        migrations?: {
            file: string;
            durationMs: number;
            status: "fail" | "ok" | "skipped";
            transaction: boolean;
            statements: {
                sql: string;
                durationMs: number;
                locks: {
                    relation: string;
                    mode: string;
                    heldMs: number;
                    waitedMs?: number | undefined;
                }[];
                rewrote: string[];
                line?: number | undefined;
                status?: "fail" | "ok" | undefined;
                error?: string | undefined;
                repeatsMs?: number[] | undefined;
                traffic?: {
                    queries: number;
                    errors: number;
                    latencyMs: {
                        p50: number;
                        p95: number;
                        p99: number;
                        max: number;
                    };
                    maxLockWaitMs: number;
                    histogram?: string | undefined;
                } | undefined;
            }[];
            error?: string | undefined;
            traffic?: {
                queries: number;
                errors: number;
                latencyMs: {
                    p50: number;
                    p95: number;
                    p99: number;
                    max: number;
                };
                maxLockWaitMs: number;
                histogram?: string | undefined;
            } | undefined;
        }[] | undefined;
        runs?: {
            scale: number;
            dataset: Record<string, number>;
            migrations: {
                file: string;
                durationMs: number;
                status: "fail" | "ok" | "skipped";
                transaction: boolean;
                statements: {
                    sql: string;
                    durationMs: number;
                    locks: {
                        relation: string;
                        mode: string;
                        heldMs: number;
                        waitedMs?: number | undefined;
                    }[];
                    rewrote: string[];
                    line?: number | undefined;
                    status?: "fail" | "ok" | undefined;
                    error?: string | undefined;
                    repeatsMs?: number[] | undefined;
                    traffic?: {
                        queries: number;
                        errors: number;
                        latencyMs: {
                            p50: number;
                            p95: number;
                            p99: number;
                            max: number;
                        };
                        maxLockWaitMs: number;
                        histogram?: string | undefined;
                    } | undefined;
                }[];
                error?: string | undefined;
                traffic?: {
                    queries: number;
                    errors: number;
                    latencyMs: {
                        p50: number;
                        p95: number;
                        p99: number;
                        max: number;
                    };
                    maxLockWaitMs: number;
                    histogram?: string | undefined;
                } | undefined;
            }[];
            synthesisMs?: number | undefined;
            repeats?: number | undefined;
        }[] | undefined;
        projection?: {
            prodRows: Record<string, number>;
            totalMs: {
                ms: number;
                low: number;
                high: number;
            };
            trusted: boolean;
            statements: {
                file: string;
                statement: number;
                sql: string;
                table: string | null;
                points: {
                    rows: number;
                    durationMs: number;
                }[];
                prodRows: number | null;
                model: "linear" | "constant";
                r2: number | null;
                estimate: {
                    ms: number;
                    low: number;
                    high: number;
                };
                trusted: boolean;
                untrustedReason?: string | undefined;
            }[];
            untrustedReason?: string | undefined;
        } | undefined;
    } | undefined) => {
        status: "error";
        message: string;
        server?: {
            version: string;
            kind?: "url" | "embedded" | undefined;
            where?: string | undefined;
            settings?: Record<string, string> | undefined;
        } | undefined;
        source?: {
            kind: "none" | "dataset" | "dump";
            file?: string | undefined;
        } | undefined;
        dataset?: Record<string, number> | undefined;
        largeTableRows?: number | undefined;
        lockSampleIntervalMs?: number | undefined;
        lockSampleGapMs?: number | undefined;
        command?: string | undefined;
        migrations?: {
            file: string;
            durationMs: number;
            status: "fail" | "ok" | "skipped";
            transaction: boolean;
            statements: {
                sql: string;
                durationMs: number;
                locks: {
                    relation: string;
                    mode: string;
                    heldMs: number;
                    waitedMs?: number | undefined;
                }[];
                rewrote: string[];
                line?: number | undefined;
                status?: "fail" | "ok" | undefined;
                error?: string | undefined;
                repeatsMs?: number[] | undefined;
                traffic?: {
                    queries: number;
                    errors: number;
                    latencyMs: {
                        p50: number;
                        p95: number;
                        p99: number;
                        max: number;
                    };
                    maxLockWaitMs: number;
                    histogram?: string | undefined;
                } | undefined;
            }[];
            error?: string | undefined;
            traffic?: {
                queries: number;
                errors: number;
                latencyMs: {
                    p50: number;
                    p95: number;
                    p99: number;
                    max: number;
                };
                maxLockWaitMs: number;
                histogram?: string | undefined;
            } | undefined;
        }[] | undefined;
        runs?: {
            scale: number;
            dataset: Record<string, number>;
            migrations: {
                file: string;
                durationMs: number;
                status: "fail" | "ok" | "skipped";
                transaction: boolean;
                statements: {
                    sql: string;
                    durationMs: number;
                    locks: {
                        relation: string;
                        mode: string;
                        heldMs: number;
                        waitedMs?: number | undefined;
                    }[];
                    rewrote: string[];
                    line?: number | undefined;
                    status?: "fail" | "ok" | undefined;
                    error?: string | undefined;
                    repeatsMs?: number[] | undefined;
                    traffic?: {
                        queries: number;
                        errors: number;
                        latencyMs: {
                            p50: number;
                            p95: number;
                            p99: number;
                            max: number;
                        };
                        maxLockWaitMs: number;
                        histogram?: string | undefined;
                    } | undefined;
                }[];
                error?: string | undefined;
                traffic?: {
                    queries: number;
                    errors: number;
                    latencyMs: {
                        p50: number;
                        p95: number;
                        p99: number;
                        max: number;
                    };
                    maxLockWaitMs: number;
                    histogram?: string | undefined;
                } | undefined;
            }[];
            synthesisMs?: number | undefined;
            repeats?: number | undefined;
        }[] | undefined;
        projection?: {
            prodRows: Record<string, number>;
            totalMs: {
                ms: number;
                low: number;
                high: number;
            };
            trusted: boolean;
            statements: {
                file: string;
                statement: number;
                sql: string;
                table: string | null;
                points: {
                    rows: number;
                    durationMs: number;
                }[];
                prodRows: number | null;
                model: "linear" | "constant";
                r2: number | null;
                estimate: {
                    ms: number;
                    low: number;
                    high: number;
                };
                trusted: boolean;
                untrustedReason?: string | undefined;
            }[];
            untrustedReason?: string | undefined;
        } | undefined;
    };
    describe(p: MigratePrepared): string;
    gates: {
        defaults: (p: MigratePrepared) => string[];
    };
    metrics: {
        catalog: Record<string, import("../../core/probe.js").MetricInfo>;
        lookup: typeof migrateMetricLookup;
    };
    comparables: typeof migrateComparables;
    report: typeof migrateReport;
};
