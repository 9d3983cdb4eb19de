import { type LoadConfigInput } from './config.js';
import type { RampScenario } from './scenario.js';
import { loadComparables } from './comparables.js';
import { loadReport } from './report.js';
import type { GaugeSpec } from './metrics-scraper.js';
import type { ServiceSpec } from '../../core/service.js';
export interface LoadPrepared {
    scenario: RampScenario;
    /** Where the load goes; absent when it goes to the started service's URL. */
    target?: string;
    service?: ServiceSpec;
    targetPid?: number;
    dbUrl?: string;
    metrics?: {
        url: string;
        gauges: GaugeSpec[];
    };
    current?: number;
    growth?: number;
    allowHosts: readonly string[];
}
export declare const loadProbe: {
    name: "load";
    description: string;
    config: import("zod").ZodObject<{
        scenario: import("zod").ZodOptional<import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodUnknown>]>>;
        target: import("zod").ZodOptional<import("zod").ZodString>;
        service: import("zod").ZodOptional<import("zod").ZodObject<{
            command: import("zod").ZodString;
            url: import("zod").ZodOptional<import("zod").ZodString>;
            health: import("zod").ZodDefault<import("zod").ZodString>;
            readyTimeout: import("zod").ZodDefault<import("zod").ZodPipe<import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodNumber]>, import("zod").ZodTransform<number, string | number>>>;
        }, import("zod/v4/core").$strict>>;
        targetPid: import("zod").ZodOptional<import("zod").ZodNumber>;
        dbUrl: import("zod").ZodOptional<import("zod").ZodString>;
        metrics: import("zod").ZodOptional<import("zod").ZodObject<{
            url: import("zod").ZodString;
            gauges: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodObject<{
                name: import("zod").ZodString;
                metric: import("zod").ZodString;
                limit: import("zod").ZodOptional<import("zod").ZodUnion<readonly [import("zod").ZodNumber, import("zod").ZodString]>>;
                unit: import("zod").ZodOptional<import("zod").ZodString>;
            }, import("zod/v4/core").$strict>>>;
        }, import("zod/v4/core").$strict>>;
        current: import("zod").ZodOptional<import("zod").ZodNumber>;
        growth: import("zod").ZodOptional<import("zod").ZodNumber>;
    }, import("zod/v4/core").$loose>;
    command: {
        name: string;
        description: string;
        flags: import("../../core/probe.js").FlagTable<LoadConfigInput>;
    };
    block: import("zod").ZodObject<{
        mode: import("zod").ZodEnum<{
            concurrency: "concurrency";
            rate: "rate";
        }>;
        target: import("zod").ZodString;
        scenario: import("zod").ZodOptional<import("zod").ZodString>;
        criteria: import("zod").ZodOptional<import("zod").ZodObject<{
            errorRate: import("zod").ZodNumber;
            p99Ms: import("zod").ZodNumber;
        }, import("zod/v4/core").$strip>>;
        expectLevel: import("zod").ZodOptional<import("zod").ZodNullable<import("zod").ZodNumber>>;
        headroom: import("zod").ZodOptional<import("zod").ZodNullable<import("zod").ZodNumber>>;
        steps: import("zod").ZodArray<import("zod").ZodObject<{
            level: import("zod").ZodNumber;
            durationS: import("zod").ZodNumber;
            requests: import("zod").ZodNumber;
            rps: import("zod").ZodNumber;
            latencyMs: import("zod").ZodObject<{
                p50: import("zod").ZodOptional<import("zod").ZodNumber>;
                p90: import("zod").ZodOptional<import("zod").ZodNumber>;
                p95: import("zod").ZodOptional<import("zod").ZodNumber>;
                p99: import("zod").ZodOptional<import("zod").ZodNumber>;
                max: import("zod").ZodOptional<import("zod").ZodNumber>;
                min: import("zod").ZodOptional<import("zod").ZodNumber>;
                mean: import("zod").ZodOptional<import("zod").ZodNumber>;
                p999: import("zod").ZodOptional<import("zod").ZodNumber>;
            }, import("zod/v4/core").$strip>;
            errorRate: import("zod").ZodNumber;
            errors: import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodNumber>;
            phase: import("zod").ZodOptional<import("zod").ZodEnum<{
                headroom: "headroom";
                ramp: "ramp";
                refine: "refine";
                expect: "expect";
            }>>;
            warmupS: import("zod").ZodOptional<import("zod").ZodNumber>;
            offeredRps: import("zod").ZodOptional<import("zod").ZodNumber>;
            trusted: import("zod").ZodOptional<import("zod").ZodBoolean>;
            untrustedReason: import("zod").ZodOptional<import("zod").ZodString>;
            generator: import("zod").ZodOptional<import("zod").ZodObject<{
                eventLoopLagMsP99: import("zod").ZodNumber;
                eventLoopLagMsMean: import("zod").ZodNumber;
                eventLoopLagMsMax: import("zod").ZodOptional<import("zod").ZodNumber>;
                cpuPercent: import("zod").ZodNumber;
                sendLagMsMean: import("zod").ZodOptional<import("zod").ZodNumber>;
            }, import("zod/v4/core").$strip>>;
            histogram: import("zod").ZodOptional<import("zod").ZodString>;
            breaks: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodString>>;
            resources: import("zod").ZodOptional<import("zod").ZodObject<{
                samples: import("zod").ZodNumber;
                machine: import("zod").ZodObject<{
                    cpuPercent: import("zod").ZodObject<{
                        mean: import("zod").ZodNumber;
                        max: import("zod").ZodNumber;
                    }, import("zod/v4/core").$strip>;
                    memPercent: import("zod").ZodObject<{
                        mean: import("zod").ZodNumber;
                        max: import("zod").ZodNumber;
                    }, import("zod/v4/core").$strip>;
                    load1: import("zod").ZodObject<{
                        mean: import("zod").ZodNumber;
                        max: import("zod").ZodNumber;
                    }, import("zod/v4/core").$strip>;
                    cores: import("zod").ZodNumber;
                    memTotalMB: import("zod").ZodNumber;
                }, import("zod/v4/core").$strip>;
                generator: import("zod").ZodObject<{
                    cpuPercent: import("zod").ZodObject<{
                        mean: import("zod").ZodNumber;
                        max: import("zod").ZodNumber;
                    }, import("zod/v4/core").$strip>;
                }, import("zod/v4/core").$strip>;
                target: import("zod").ZodOptional<import("zod").ZodObject<{
                    pid: import("zod").ZodNumber;
                    cpuPercent: import("zod").ZodObject<{
                        mean: import("zod").ZodNumber;
                        max: import("zod").ZodNumber;
                    }, import("zod/v4/core").$strip>;
                    rssMB: import("zod").ZodObject<{
                        mean: import("zod").ZodNumber;
                        max: import("zod").ZodNumber;
                    }, import("zod/v4/core").$strip>;
                    fds: import("zod").ZodObject<{
                        mean: import("zod").ZodNumber;
                        max: import("zod").ZodNumber;
                    }, import("zod/v4/core").$strip>;
                    fdLimit: import("zod").ZodOptional<import("zod").ZodNumber>;
                }, import("zod/v4/core").$strip>>;
                gauges: import("zod").ZodOptional<import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodObject<{
                    mean: import("zod").ZodNumber;
                    max: import("zod").ZodNumber;
                    limit: import("zod").ZodOptional<import("zod").ZodNumber>;
                    unit: import("zod").ZodOptional<import("zod").ZodString>;
                }, import("zod/v4/core").$strip>>>;
                db: import("zod").ZodOptional<import("zod").ZodObject<{
                    connections: import("zod").ZodObject<{
                        mean: import("zod").ZodNumber;
                        max: import("zod").ZodNumber;
                    }, import("zod/v4/core").$strip>;
                    maxConnections: import("zod").ZodNumber;
                    waiting: import("zod").ZodObject<{
                        mean: import("zod").ZodNumber;
                        max: import("zod").ZodNumber;
                    }, import("zod/v4/core").$strip>;
                    slowQueries: import("zod").ZodNumber;
                    topStatements: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodObject<{
                        query: import("zod").ZodString;
                        calls: import("zod").ZodNumber;
                        totalMs: import("zod").ZodNumber;
                        meanMs: import("zod").ZodNumber;
                    }, import("zod/v4/core").$strip>>>;
                    note: import("zod").ZodOptional<import("zod").ZodString>;
                }, import("zod/v4/core").$strip>>;
                errors: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodString>>;
            }, import("zod/v4/core").$strip>>;
        }, import("zod/v4/core").$strip>>;
        breakingPoint: import("zod").ZodObject<{
            found: import("zod").ZodBoolean;
            lastGood: import("zod").ZodNullable<import("zod").ZodNumber>;
            firstBad: import("zod").ZodNullable<import("zod").ZodNumber>;
            reason: import("zod").ZodString;
        }, import("zod/v4/core").$strip>;
        projection: import("zod").ZodOptional<import("zod").ZodObject<{
            current: import("zod").ZodNumber;
            factor: import("zod").ZodNumber;
            resources: import("zod").ZodArray<import("zod").ZodObject<{
                name: import("zod").ZodString;
                unit: import("zod").ZodString;
                limit: import("zod").ZodNumber;
                atCurrent: import("zod").ZodNumber;
                projected: import("zod").ZodNumber;
                utilizationAtCurrent: import("zod").ZodNumber;
                utilizationProjected: import("zod").ZodNumber;
                breaksAtMultiple: import("zod").ZodNullable<import("zod").ZodNumber>;
                fit: import("zod").ZodObject<{
                    slope: import("zod").ZodNumber;
                    intercept: import("zod").ZodNumber;
                    r2: import("zod").ZodNumber;
                    points: import("zod").ZodNumber;
                }, import("zod/v4/core").$strip>;
            }, import("zod/v4/core").$strip>>;
            firstToBreak: import("zod").ZodNullable<import("zod").ZodObject<{
                name: import("zod").ZodString;
                multiple: import("zod").ZodNumber;
            }, import("zod/v4/core").$strip>>;
            note: import("zod").ZodOptional<import("zod").ZodString>;
        }, import("zod/v4/core").$strip>>;
        usl: import("zod").ZodOptional<import("zod").ZodObject<{
            sigma: import("zod").ZodNullable<import("zod").ZodNumber>;
            kappa: import("zod").ZodNullable<import("zod").ZodNumber>;
            lambda: import("zod").ZodNullable<import("zod").ZodNumber>;
            r2: import("zod").ZodNullable<import("zod").ZodNumber>;
            peakThroughput: import("zod").ZodNullable<import("zod").ZodNumber>;
            peakConcurrency: import("zod").ZodNullable<import("zod").ZodNumber>;
            quality: import("zod").ZodEnum<{
                good: "good";
                poor: "poor";
                insufficient: "insufficient";
            }>;
            note: import("zod").ZodString;
        }, import("zod/v4/core").$strip>>;
        k6: import("zod").ZodOptional<import("zod").ZodObject<{
            format: import("zod").ZodEnum<{
                "summary-export": "summary-export";
                "handle-summary": "handle-summary";
            }>;
            files: import("zod").ZodArray<import("zod").ZodString>;
            runners: import("zod").ZodNumber;
            percentiles: import("zod").ZodEnum<{
                exact: "exact";
                "upper-bound": "upper-bound";
            }>;
            thresholds: import("zod").ZodArray<import("zod").ZodObject<{
                metric: import("zod").ZodString;
                expression: import("zod").ZodString;
                ok: import("zod").ZodBoolean;
                runner: import("zod").ZodOptional<import("zod").ZodNumber>;
            }, import("zod/v4/core").$strip>>;
            notes: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodString>>;
        }, import("zod/v4/core").$strip>>;
        status: import("zod").ZodDefault<import("zod").ZodEnum<{
            error: "error";
            ok: "ok";
        }>>;
        message: import("zod").ZodOptional<import("zod").ZodString>;
    }, import("zod/v4/core").$strip>;
    prepare(c: {
        [x: string]: unknown;
        scenario?: string | Record<string, unknown> | undefined;
        target?: string | undefined;
        service?: {
            command: string;
            health: string;
            readyTimeout: number;
            url?: string | undefined;
        } | undefined;
        targetPid?: number | undefined;
        dbUrl?: string | undefined;
        metrics?: {
            url: string;
            gauges: {
                name: string;
                metric: string;
                limit?: string | number | undefined;
                unit?: string | undefined;
            }[];
        } | undefined;
        current?: number | undefined;
        growth?: number | undefined;
    }, ctx: import("../../core/probe.js").PrepareContext): Promise<{
        allowHosts: readonly string[];
        growth?: number | undefined;
        current?: number | undefined;
        metrics?: {
            url: string;
            gauges: {
                name: string;
                metric: string;
                limit?: string | number | undefined;
                unit?: string | undefined;
            }[];
        } | undefined;
        dbUrl?: string | undefined;
        targetPid?: number | undefined;
        service?: ServiceSpec | undefined;
        target?: string | undefined;
        scenario: {
            mode: "concurrency" | "rate";
            steps: number[];
            stepDuration: number;
            warmup: number;
            cooldown: number;
            timeout: number;
            maxConnections: number;
            headers: Record<string, string>;
            endpoints: {
                method: "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";
                headers: Record<string, string>;
                weight: number;
                name?: string | undefined;
                path?: string | undefined;
                body?: string | Record<string, unknown> | unknown[] | undefined;
            }[];
            breaking: {
                errorRate: number;
                p99Ms: number;
            };
            refine: boolean;
            refineTolerance: number;
            cap: number;
            name?: string | undefined;
            target?: string | undefined;
            expect?: number | undefined;
            headroom?: number | undefined;
        };
    }>;
    measure(p: LoadPrepared, ctx: import("../../core/probe.js").MeasureContext<{
        mode: "concurrency" | "rate";
        target: string;
        steps: {
            level: number;
            durationS: number;
            requests: number;
            rps: number;
            latencyMs: {
                p50?: number | undefined;
                p90?: number | undefined;
                p95?: number | undefined;
                p99?: number | undefined;
                max?: number | undefined;
                min?: number | undefined;
                mean?: number | undefined;
                p999?: number | undefined;
            };
            errorRate: number;
            errors: Record<string, number>;
            phase?: "headroom" | "ramp" | "refine" | "expect" | undefined;
            warmupS?: number | undefined;
            offeredRps?: number | undefined;
            trusted?: boolean | undefined;
            untrustedReason?: string | undefined;
            generator?: {
                eventLoopLagMsP99: number;
                eventLoopLagMsMean: number;
                cpuPercent: number;
                eventLoopLagMsMax?: number | undefined;
                sendLagMsMean?: number | undefined;
            } | undefined;
            histogram?: string | undefined;
            breaks?: string[] | undefined;
            resources?: {
                samples: number;
                machine: {
                    cpuPercent: {
                        mean: number;
                        max: number;
                    };
                    memPercent: {
                        mean: number;
                        max: number;
                    };
                    load1: {
                        mean: number;
                        max: number;
                    };
                    cores: number;
                    memTotalMB: number;
                };
                generator: {
                    cpuPercent: {
                        mean: number;
                        max: number;
                    };
                };
                target?: {
                    pid: number;
                    cpuPercent: {
                        mean: number;
                        max: number;
                    };
                    rssMB: {
                        mean: number;
                        max: number;
                    };
                    fds: {
                        mean: number;
                        max: number;
                    };
                    fdLimit?: number | undefined;
                } | undefined;
                gauges?: Record<string, {
                    mean: number;
                    max: number;
                    limit?: number | undefined;
                    unit?: string | undefined;
                }> | undefined;
                db?: {
                    connections: {
                        mean: number;
                        max: number;
                    };
                    maxConnections: number;
                    waiting: {
                        mean: number;
                        max: number;
                    };
                    slowQueries: number;
                    topStatements?: {
                        query: string;
                        calls: number;
                        totalMs: number;
                        meanMs: number;
                    }[] | undefined;
                    note?: string | undefined;
                } | undefined;
                errors?: string[] | undefined;
            } | undefined;
        }[];
        breakingPoint: {
            found: boolean;
            lastGood: number | null;
            firstBad: number | null;
            reason: string;
        };
        status: "error" | "ok";
        scenario?: string | undefined;
        criteria?: {
            errorRate: number;
            p99Ms: number;
        } | undefined;
        expectLevel?: number | null | undefined;
        headroom?: number | null | undefined;
        projection?: {
            current: number;
            factor: number;
            resources: {
                name: string;
                unit: string;
                limit: number;
                atCurrent: number;
                projected: number;
                utilizationAtCurrent: number;
                utilizationProjected: number;
                breaksAtMultiple: number | null;
                fit: {
                    slope: number;
                    intercept: number;
                    r2: number;
                    points: number;
                };
            }[];
            firstToBreak: {
                name: string;
                multiple: number;
            } | null;
            note?: string | undefined;
        } | undefined;
        usl?: {
            sigma: number | null;
            kappa: number | null;
            lambda: number | null;
            r2: number | null;
            peakThroughput: number | null;
            peakConcurrency: number | null;
            quality: "good" | "poor" | "insufficient";
            note: string;
        } | undefined;
        k6?: {
            format: "summary-export" | "handle-summary";
            files: string[];
            runners: number;
            percentiles: "exact" | "upper-bound";
            thresholds: {
                metric: string;
                expression: string;
                ok: boolean;
                runner?: number | undefined;
            }[];
            notes?: string[] | undefined;
        } | undefined;
        message?: string | undefined;
    }>): Promise<{
        mode: "concurrency" | "rate";
        target: string;
        steps: {
            level: number;
            durationS: number;
            requests: number;
            rps: number;
            latencyMs: {
                p50?: number | undefined;
                p90?: number | undefined;
                p95?: number | undefined;
                p99?: number | undefined;
                max?: number | undefined;
                min?: number | undefined;
                mean?: number | undefined;
                p999?: number | undefined;
            };
            errorRate: number;
            errors: Record<string, number>;
            phase?: "headroom" | "ramp" | "refine" | "expect" | undefined;
            warmupS?: number | undefined;
            offeredRps?: number | undefined;
            trusted?: boolean | undefined;
            untrustedReason?: string | undefined;
            generator?: {
                eventLoopLagMsP99: number;
                eventLoopLagMsMean: number;
                cpuPercent: number;
                eventLoopLagMsMax?: number | undefined;
                sendLagMsMean?: number | undefined;
            } | undefined;
            histogram?: string | undefined;
            breaks?: string[] | undefined;
            resources?: {
                samples: number;
                machine: {
                    cpuPercent: {
                        mean: number;
                        max: number;
                    };
                    memPercent: {
                        mean: number;
                        max: number;
                    };
                    load1: {
                        mean: number;
                        max: number;
                    };
                    cores: number;
                    memTotalMB: number;
                };
                generator: {
                    cpuPercent: {
                        mean: number;
                        max: number;
                    };
                };
                target?: {
                    pid: number;
                    cpuPercent: {
                        mean: number;
                        max: number;
                    };
                    rssMB: {
                        mean: number;
                        max: number;
                    };
                    fds: {
                        mean: number;
                        max: number;
                    };
                    fdLimit?: number | undefined;
                } | undefined;
                gauges?: Record<string, {
                    mean: number;
                    max: number;
                    limit?: number | undefined;
                    unit?: string | undefined;
                }> | undefined;
                db?: {
                    connections: {
                        mean: number;
                        max: number;
                    };
                    maxConnections: number;
                    waiting: {
                        mean: number;
                        max: number;
                    };
                    slowQueries: number;
                    topStatements?: {
                        query: string;
                        calls: number;
                        totalMs: number;
                        meanMs: number;
                    }[] | undefined;
                    note?: string | undefined;
                } | undefined;
                errors?: string[] | undefined;
            } | undefined;
        }[];
        breakingPoint: {
            found: boolean;
            lastGood: number | null;
            firstBad: number | null;
            reason: string;
        };
        status: "error" | "ok";
        scenario?: string | undefined;
        criteria?: {
            errorRate: number;
            p99Ms: number;
        } | undefined;
        expectLevel?: number | null | undefined;
        headroom?: number | null | undefined;
        projection?: {
            current: number;
            factor: number;
            resources: {
                name: string;
                unit: string;
                limit: number;
                atCurrent: number;
                projected: number;
                utilizationAtCurrent: number;
                utilizationProjected: number;
                breaksAtMultiple: number | null;
                fit: {
                    slope: number;
                    intercept: number;
                    r2: number;
                    points: number;
                };
            }[];
            firstToBreak: {
                name: string;
                multiple: number;
            } | null;
            note?: string | undefined;
        } | undefined;
        usl?: {
            sigma: number | null;
            kappa: number | null;
            lambda: number | null;
            r2: number | null;
            peakThroughput: number | null;
            peakConcurrency: number | null;
            quality: "good" | "poor" | "insufficient";
            note: string;
        } | undefined;
        k6?: {
            format: "summary-export" | "handle-summary";
            files: string[];
            runners: number;
            percentiles: "exact" | "upper-bound";
            thresholds: {
                metric: string;
                expression: string;
                ok: boolean;
                runner?: number | undefined;
            }[];
            notes?: string[] | undefined;
        } | undefined;
        message?: string | undefined;
    }>;
    errorBlock(p: LoadPrepared, message: string, partial: {
        mode: "concurrency" | "rate";
        target: string;
        steps: {
            level: number;
            durationS: number;
            requests: number;
            rps: number;
            latencyMs: {
                p50?: number | undefined;
                p90?: number | undefined;
                p95?: number | undefined;
                p99?: number | undefined;
                max?: number | undefined;
                min?: number | undefined;
                mean?: number | undefined;
                p999?: number | undefined;
            };
            errorRate: number;
            errors: Record<string, number>;
            phase?: "headroom" | "ramp" | "refine" | "expect" | undefined;
            warmupS?: number | undefined;
            offeredRps?: number | undefined;
            trusted?: boolean | undefined;
            untrustedReason?: string | undefined;
            generator?: {
                eventLoopLagMsP99: number;
                eventLoopLagMsMean: number;
                cpuPercent: number;
                eventLoopLagMsMax?: number | undefined;
                sendLagMsMean?: number | undefined;
            } | undefined;
            histogram?: string | undefined;
            breaks?: string[] | undefined;
            resources?: {
                samples: number;
                machine: {
                    cpuPercent: {
                        mean: number;
                        max: number;
                    };
                    memPercent: {
                        mean: number;
                        max: number;
                    };
                    load1: {
                        mean: number;
                        max: number;
                    };
                    cores: number;
                    memTotalMB: number;
                };
                generator: {
                    cpuPercent: {
                        mean: number;
                        max: number;
                    };
                };
                target?: {
                    pid: number;
                    cpuPercent: {
                        mean: number;
                        max: number;
                    };
                    rssMB: {
                        mean: number;
                        max: number;
                    };
                    fds: {
                        mean: number;
                        max: number;
                    };
                    fdLimit?: number | undefined;
                } | undefined;
                gauges?: Record<string, {
                    mean: number;
                    max: number;
                    limit?: number | undefined;
                    unit?: string | undefined;
                }> | undefined;
                db?: {
                    connections: {
                        mean: number;
                        max: number;
                    };
                    maxConnections: number;
                    waiting: {
                        mean: number;
                        max: number;
                    };
                    slowQueries: number;
                    topStatements?: {
                        query: string;
                        calls: number;
                        totalMs: number;
                        meanMs: number;
                    }[] | undefined;
                    note?: string | undefined;
                } | undefined;
                errors?: string[] | undefined;
            } | undefined;
        }[];
        breakingPoint: {
            found: boolean;
            lastGood: number | null;
            firstBad: number | null;
            reason: string;
        };
        status: "error" | "ok";
        scenario?: string | undefined;
        criteria?: {
            errorRate: number;
            p99Ms: number;
        } | undefined;
        expectLevel?: number | null | undefined;
        headroom?: number | null | undefined;
        projection?: {
            current: number;
            factor: number;
            resources: {
                name: string;
                unit: string;
                limit: number;
                atCurrent: number;
                projected: number;
                utilizationAtCurrent: number;
                utilizationProjected: number;
                breaksAtMultiple: number | null;
                fit: {
                    slope: number;
                    intercept: number;
                    r2: number;
                    points: number;
                };
            }[];
            firstToBreak: {
                name: string;
                multiple: number;
            } | null;
            note?: string | undefined;
        } | undefined;
        usl?: {
            sigma: number | null;
            kappa: number | null;
            lambda: number | null;
            r2: number | null;
            peakThroughput: number | null;
            peakConcurrency: number | null;
            quality: "good" | "poor" | "insufficient";
            note: string;
        } | undefined;
        k6?: {
            format: "summary-export" | "handle-summary";
            files: string[];
            runners: number;
            percentiles: "exact" | "upper-bound";
            thresholds: {
                metric: string;
                expression: string;
                ok: boolean;
                runner?: number | undefined;
            }[];
            notes?: string[] | undefined;
        } | undefined;
        message?: string | undefined;
    } | undefined): {
        status: "error";
        message: string;
        mode: "concurrency" | "rate";
        target: string;
        steps: {
            level: number;
            durationS: number;
            requests: number;
            rps: number;
            latencyMs: {
                p50?: number | undefined;
                p90?: number | undefined;
                p95?: number | undefined;
                p99?: number | undefined;
                max?: number | undefined;
                min?: number | undefined;
                mean?: number | undefined;
                p999?: number | undefined;
            };
            errorRate: number;
            errors: Record<string, number>;
            phase?: "headroom" | "ramp" | "refine" | "expect" | undefined;
            warmupS?: number | undefined;
            offeredRps?: number | undefined;
            trusted?: boolean | undefined;
            untrustedReason?: string | undefined;
            generator?: {
                eventLoopLagMsP99: number;
                eventLoopLagMsMean: number;
                cpuPercent: number;
                eventLoopLagMsMax?: number | undefined;
                sendLagMsMean?: number | undefined;
            } | undefined;
            histogram?: string | undefined;
            breaks?: string[] | undefined;
            resources?: {
                samples: number;
                machine: {
                    cpuPercent: {
                        mean: number;
                        max: number;
                    };
                    memPercent: {
                        mean: number;
                        max: number;
                    };
                    load1: {
                        mean: number;
                        max: number;
                    };
                    cores: number;
                    memTotalMB: number;
                };
                generator: {
                    cpuPercent: {
                        mean: number;
                        max: number;
                    };
                };
                target?: {
                    pid: number;
                    cpuPercent: {
                        mean: number;
                        max: number;
                    };
                    rssMB: {
                        mean: number;
                        max: number;
                    };
                    fds: {
                        mean: number;
                        max: number;
                    };
                    fdLimit?: number | undefined;
                } | undefined;
                gauges?: Record<string, {
                    mean: number;
                    max: number;
                    limit?: number | undefined;
                    unit?: string | undefined;
                }> | undefined;
                db?: {
                    connections: {
                        mean: number;
                        max: number;
                    };
                    maxConnections: number;
                    waiting: {
                        mean: number;
                        max: number;
                    };
                    slowQueries: number;
                    topStatements?: {
                        query: string;
                        calls: number;
                        totalMs: number;
                        meanMs: number;
                    }[] | undefined;
                    note?: string | undefined;
                } | undefined;
                errors?: string[] | undefined;
            } | undefined;
        }[];
        breakingPoint: {
            found: boolean;
            lastGood: number | null;
            firstBad: number | null;
            reason: string;
        };
        scenario?: string | undefined;
        criteria?: {
            errorRate: number;
            p99Ms: number;
        } | undefined;
        expectLevel?: number | null | undefined;
        headroom?: number | null | undefined;
        projection?: {
            current: number;
            factor: number;
            resources: {
                name: string;
                unit: string;
                limit: number;
                atCurrent: number;
                projected: number;
                utilizationAtCurrent: number;
                utilizationProjected: number;
                breaksAtMultiple: number | null;
                fit: {
                    slope: number;
                    intercept: number;
                    r2: number;
                    points: number;
                };
            }[];
            firstToBreak: {
                name: string;
                multiple: number;
            } | null;
            note?: string | undefined;
        } | undefined;
        usl?: {
            sigma: number | null;
            kappa: number | null;
            lambda: number | null;
            r2: number | null;
            peakThroughput: number | null;
            peakConcurrency: number | null;
            quality: "good" | "poor" | "insufficient";
            note: string;
        } | undefined;
        k6?: {
            format: "summary-export" | "handle-summary";
            files: string[];
            runners: number;
            percentiles: "exact" | "upper-bound";
            thresholds: {
                metric: string;
                expression: string;
                ok: boolean;
                runner?: number | undefined;
            }[];
            notes?: string[] | undefined;
        } | undefined;
    };
    describe: (p: LoadPrepared) => string;
    gates: {
        defaults: () => string[];
        extra: (p: LoadPrepared) => {
            where: string;
            defs: {
                id: string;
                metric: string;
                expression: string;
                level: "fail";
            }[];
        }[];
    };
    metrics: {
        catalog: Record<string, import("../../core/probe.js").MetricInfo>;
        lookup: (b: {
            mode: "concurrency" | "rate";
            target: string;
            steps: {
                level: number;
                durationS: number;
                requests: number;
                rps: number;
                latencyMs: {
                    p50?: number | undefined;
                    p90?: number | undefined;
                    p95?: number | undefined;
                    p99?: number | undefined;
                    max?: number | undefined;
                    min?: number | undefined;
                    mean?: number | undefined;
                    p999?: number | undefined;
                };
                errorRate: number;
                errors: Record<string, number>;
                phase?: "headroom" | "ramp" | "refine" | "expect" | undefined;
                warmupS?: number | undefined;
                offeredRps?: number | undefined;
                trusted?: boolean | undefined;
                untrustedReason?: string | undefined;
                generator?: {
                    eventLoopLagMsP99: number;
                    eventLoopLagMsMean: number;
                    cpuPercent: number;
                    eventLoopLagMsMax?: number | undefined;
                    sendLagMsMean?: number | undefined;
                } | undefined;
                histogram?: string | undefined;
                breaks?: string[] | undefined;
                resources?: {
                    samples: number;
                    machine: {
                        cpuPercent: {
                            mean: number;
                            max: number;
                        };
                        memPercent: {
                            mean: number;
                            max: number;
                        };
                        load1: {
                            mean: number;
                            max: number;
                        };
                        cores: number;
                        memTotalMB: number;
                    };
                    generator: {
                        cpuPercent: {
                            mean: number;
                            max: number;
                        };
                    };
                    target?: {
                        pid: number;
                        cpuPercent: {
                            mean: number;
                            max: number;
                        };
                        rssMB: {
                            mean: number;
                            max: number;
                        };
                        fds: {
                            mean: number;
                            max: number;
                        };
                        fdLimit?: number | undefined;
                    } | undefined;
                    gauges?: Record<string, {
                        mean: number;
                        max: number;
                        limit?: number | undefined;
                        unit?: string | undefined;
                    }> | undefined;
                    db?: {
                        connections: {
                            mean: number;
                            max: number;
                        };
                        maxConnections: number;
                        waiting: {
                            mean: number;
                            max: number;
                        };
                        slowQueries: number;
                        topStatements?: {
                            query: string;
                            calls: number;
                            totalMs: number;
                            meanMs: number;
                        }[] | undefined;
                        note?: string | undefined;
                    } | undefined;
                    errors?: string[] | undefined;
                } | undefined;
            }[];
            breakingPoint: {
                found: boolean;
                lastGood: number | null;
                firstBad: number | null;
                reason: string;
            };
            status: "error" | "ok";
            scenario?: string | undefined;
            criteria?: {
                errorRate: number;
                p99Ms: number;
            } | undefined;
            expectLevel?: number | null | undefined;
            headroom?: number | null | undefined;
            projection?: {
                current: number;
                factor: number;
                resources: {
                    name: string;
                    unit: string;
                    limit: number;
                    atCurrent: number;
                    projected: number;
                    utilizationAtCurrent: number;
                    utilizationProjected: number;
                    breaksAtMultiple: number | null;
                    fit: {
                        slope: number;
                        intercept: number;
                        r2: number;
                        points: number;
                    };
                }[];
                firstToBreak: {
                    name: string;
                    multiple: number;
                } | null;
                note?: string | undefined;
            } | undefined;
            usl?: {
                sigma: number | null;
                kappa: number | null;
                lambda: number | null;
                r2: number | null;
                peakThroughput: number | null;
                peakConcurrency: number | null;
                quality: "good" | "poor" | "insufficient";
                note: string;
            } | undefined;
            k6?: {
                format: "summary-export" | "handle-summary";
                files: string[];
                runners: number;
                percentiles: "exact" | "upper-bound";
                thresholds: {
                    metric: string;
                    expression: string;
                    ok: boolean;
                    runner?: number | undefined;
                }[];
                notes?: string[] | undefined;
            } | undefined;
            message?: string | undefined;
        }) => import("../../core/metric.js").MetricLookup;
    };
    comparables: typeof loadComparables;
    report: typeof loadReport;
};
