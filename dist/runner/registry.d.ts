import type { AnyProbe, Probe } from '../core/probe.js';
/** In the order `shipgate run` measures them: load first, web last (it needs the browser). */
export declare const PROBES: readonly [{
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
        flags: import("../core/probe.js").FlagTable<import("../probes/load/config.js").LoadConfigInput>;
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
    }, ctx: import("../core/probe.js").PrepareContext): Promise<{
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
        service?: import("../core/service.js").ServiceSpec | undefined;
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
    measure(p: import("../probes/load/index.js").LoadPrepared, ctx: import("../core/probe.js").MeasureContext<{
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
    errorBlock(p: import("../probes/load/index.js").LoadPrepared, message: string, partial: {
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
    describe: (p: import("../probes/load/index.js").LoadPrepared) => string;
    gates: {
        defaults: () => string[];
        extra: (p: import("../probes/load/index.js").LoadPrepared) => {
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
        catalog: Record<string, import("../core/probe.js").MetricInfo>;
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
        }) => import("../core/metric.js").MetricLookup;
    };
    comparables: typeof import("../probes/load/comparables.js").loadComparables;
    report: typeof import("../probes/load/report.js").loadReport;
}, {
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
        flags: import("../core/probe.js").FlagTable<{
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
    }, ctx: import("../core/probe.js").PrepareContext) => Promise<import("../probes/migrate/prepare.js").MigratePrepared>;
    measure(p: import("../probes/migrate/prepare.js").MigratePrepared, ctx: import("../core/probe.js").MeasureContext<{
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
    }>): Promise<import("../probes/migrate/block.js").MigrateResult>;
    errorBlock: (_p: import("../probes/migrate/prepare.js").MigratePrepared, message: string, partial: {
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
    describe(p: import("../probes/migrate/prepare.js").MigratePrepared): string;
    gates: {
        defaults: (p: import("../probes/migrate/prepare.js").MigratePrepared) => string[];
    };
    metrics: {
        catalog: Record<string, import("../core/probe.js").MetricInfo>;
        lookup: typeof import("../probes/migrate/metrics.js").migrateMetricLookup;
    };
    comparables: typeof import("../probes/migrate/comparables.js").migrateComparables;
    report: typeof import("../probes/migrate/report.js").migrateReport;
}, {
    name: "audit";
    description: string;
    config: import("zod").ZodObject<{
        dir: import("zod").ZodOptional<import("zod").ZodString>;
        auditJson: import("zod").ZodOptional<import("zod").ZodString>;
        advisories: import("zod").ZodOptional<import("zod").ZodString>;
        waivers: import("zod").ZodOptional<import("zod").ZodString>;
        failOn: import("zod").ZodDefault<import("zod").ZodPipe<import("zod").ZodString, import("zod").ZodTransform<"none" | "low" | "high" | "critical" | "moderate" | "info", string>>>;
        devFailOn: import("zod").ZodDefault<import("zod").ZodPipe<import("zod").ZodString, import("zod").ZodTransform<"none" | "low" | "high" | "critical" | "moderate" | "info", string>>>;
        windows: import("zod").ZodPrefault<import("zod").ZodPipe<import("zod").ZodObject<{
            critical: import("zod").ZodOptional<import("zod").ZodNumber>;
            high: import("zod").ZodOptional<import("zod").ZodNumber>;
            moderate: import("zod").ZodOptional<import("zod").ZodNumber>;
            low: import("zod").ZodOptional<import("zod").ZodNumber>;
        }, import("zod/v4/core").$strict>, import("zod").ZodTransform<Record<"low" | "high" | "critical" | "moderate", number>, {
            critical?: number | undefined;
            high?: number | undefined;
            moderate?: number | undefined;
            low?: number | undefined;
        }>>>;
        outdated: import("zod").ZodDefault<import("zod").ZodBoolean>;
        outdatedJson: import("zod").ZodOptional<import("zod").ZodString>;
        maxMajorsBehind: import("zod").ZodOptional<import("zod").ZodNumber>;
        timeout: import("zod").ZodDefault<import("zod").ZodPipe<import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodNumber]>, import("zod").ZodTransform<number, string | number>>>;
    }, import("zod/v4/core").$strict>;
    command: {
        name: string;
        description: string;
        flags: import("../core/probe.js").FlagTable<{
            dir?: string | undefined;
            auditJson?: string | undefined;
            advisories?: string | undefined;
            waivers?: string | undefined;
            failOn?: string | undefined;
            devFailOn?: string | undefined;
            windows?: {
                critical?: number | undefined;
                high?: number | undefined;
                moderate?: number | undefined;
                low?: number | undefined;
            } | undefined;
            outdated?: boolean | undefined;
            outdatedJson?: string | undefined;
            maxMajorsBehind?: number | undefined;
            timeout?: string | number | undefined;
        }>;
    };
    block: import("zod").ZodObject<{
        source: import("zod").ZodEnum<{
            advisories: "advisories";
            "npm-audit": "npm-audit";
            "audit-json": "audit-json";
        }>;
        input: import("zod").ZodString;
        reportVersion: import("zod").ZodOptional<import("zod").ZodNumber>;
        findings: import("zod").ZodArray<import("zod").ZodObject<{
            id: import("zod").ZodString;
            package: import("zod").ZodString;
            severity: import("zod").ZodEnum<{
                low: "low";
                high: "high";
                critical: "critical";
                moderate: "moderate";
                info: "info";
            }>;
            waived: import("zod").ZodBoolean;
            version: import("zod").ZodNullable<import("zod").ZodString>;
            aliases: import("zod").ZodArray<import("zod").ZodString>;
            title: import("zod").ZodString;
            url: import("zod").ZodOptional<import("zod").ZodString>;
            path: import("zod").ZodArray<import("zod").ZodString>;
            location: import("zod").ZodNullable<import("zod").ZodString>;
            dev: import("zod").ZodNullable<import("zod").ZodBoolean>;
            direct: import("zod").ZodNullable<import("zod").ZodBoolean>;
            vulnerableRange: import("zod").ZodOptional<import("zod").ZodString>;
            fixedIn: import("zod").ZodNullable<import("zod").ZodString>;
            fix: import("zod").ZodOptional<import("zod").ZodObject<{
                package: import("zod").ZodString;
                version: import("zod").ZodString;
                major: import("zod").ZodBoolean;
            }, import("zod/v4/core").$strip>>;
            waiver: import("zod").ZodOptional<import("zod").ZodObject<{
                index: import("zod").ZodNumber;
                owner: import("zod").ZodString;
                reason: import("zod").ZodString;
                expires: import("zod").ZodString;
                expired: import("zod").ZodBoolean;
            }, import("zod/v4/core").$strip>>;
        }, import("zod/v4/core").$strip>>;
        counts: import("zod").ZodObject<{
            total: import("zod").ZodNumber;
            waived: import("zod").ZodNumber;
            unwaived: import("zod").ZodNumber;
            bySeverity: import("zod").ZodRecord<import("zod").ZodEnum<{
                low: "low";
                high: "high";
                critical: "critical";
                moderate: "moderate";
                info: "info";
            }>, import("zod").ZodObject<{
                total: import("zod").ZodNumber;
                waived: import("zod").ZodNumber;
                unwaivedProd: import("zod").ZodNumber;
                unwaivedDev: import("zod").ZodNumber;
            }, import("zod/v4/core").$strip>>;
        }, import("zod/v4/core").$strip>;
        policy: import("zod").ZodObject<{
            failOn: import("zod").ZodUnion<readonly [import("zod").ZodEnum<{
                low: "low";
                high: "high";
                critical: "critical";
                moderate: "moderate";
                info: "info";
            }>, import("zod").ZodLiteral<"none">]>;
            devFailOn: import("zod").ZodUnion<readonly [import("zod").ZodEnum<{
                low: "low";
                high: "high";
                critical: "critical";
                moderate: "moderate";
                info: "info";
            }>, import("zod").ZodLiteral<"none">]>;
            windowsDays: import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodNumber>;
            today: import("zod").ZodString;
        }, import("zod/v4/core").$strip>;
        waivers: import("zod").ZodOptional<import("zod").ZodObject<{
            file: import("zod").ZodString;
            entries: import("zod").ZodArray<import("zod").ZodObject<{
                index: import("zod").ZodNumber;
                id: import("zod").ZodString;
                package: import("zod").ZodOptional<import("zod").ZodString>;
                path: import("zod").ZodOptional<import("zod").ZodString>;
                owner: import("zod").ZodString;
                reason: import("zod").ZodString;
                granted: import("zod").ZodString;
                expires: import("zod").ZodString;
                state: import("zod").ZodEnum<{
                    expired: "expired";
                    active: "active";
                    unused: "unused";
                }>;
                matched: import("zod").ZodNumber;
            }, import("zod/v4/core").$strip>>;
        }, import("zod/v4/core").$strip>>;
        outdated: import("zod").ZodOptional<import("zod").ZodObject<{
            source: import("zod").ZodEnum<{
                "npm-outdated": "npm-outdated";
                "outdated-json": "outdated-json";
            }>;
            input: import("zod").ZodString;
            packages: import("zod").ZodArray<import("zod").ZodObject<{
                name: import("zod").ZodString;
                current: import("zod").ZodNullable<import("zod").ZodString>;
                wanted: import("zod").ZodNullable<import("zod").ZodString>;
                latest: import("zod").ZodNullable<import("zod").ZodString>;
                type: import("zod").ZodEnum<{
                    unknown: "unknown";
                    major: "major";
                    minor: "minor";
                    patch: "patch";
                    prerelease: "prerelease";
                }>;
                majorsBehind: import("zod").ZodNumber;
                needsReview: import("zod").ZodBoolean;
                dependent: import("zod").ZodOptional<import("zod").ZodString>;
            }, import("zod/v4/core").$strip>>;
            counts: import("zod").ZodObject<{
                total: import("zod").ZodNumber;
                major: import("zod").ZodNumber;
                minor: import("zod").ZodNumber;
                patch: import("zod").ZodNumber;
                other: import("zod").ZodNumber;
                needsReview: import("zod").ZodNumber;
                maxMajorsBehind: import("zod").ZodNumber;
            }, import("zod/v4/core").$strip>;
        }, import("zod/v4/core").$strip>>;
        npmCounts: import("zod").ZodOptional<import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodNumber>>;
        warnings: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
        status: import("zod").ZodDefault<import("zod").ZodEnum<{
            error: "error";
            ok: "ok";
        }>>;
        message: import("zod").ZodOptional<import("zod").ZodString>;
    }, import("zod/v4/core").$strip>;
    prepare: (c: {
        failOn: "none" | "low" | "high" | "critical" | "moderate" | "info";
        devFailOn: "none" | "low" | "high" | "critical" | "moderate" | "info";
        windows: Record<"low" | "high" | "critical" | "moderate", number>;
        outdated: boolean;
        timeout: number;
        dir?: string | undefined;
        auditJson?: string | undefined;
        advisories?: string | undefined;
        waivers?: string | undefined;
        outdatedJson?: string | undefined;
        maxMajorsBehind?: number | undefined;
    }, ctx: import("../core/probe.js").PrepareContext) => Promise<import("../probes/audit/audit-probe.js").PreparedAudit>;
    measure: (p: import("../probes/audit/audit-probe.js").PreparedAudit, ctx: import("../core/probe.js").MeasureContext<{
        source: "advisories" | "npm-audit" | "audit-json";
        input: string;
        findings: {
            id: string;
            package: string;
            severity: "low" | "high" | "critical" | "moderate" | "info";
            waived: boolean;
            version: string | null;
            aliases: string[];
            title: string;
            path: string[];
            location: string | null;
            dev: boolean | null;
            direct: boolean | null;
            fixedIn: string | null;
            url?: string | undefined;
            vulnerableRange?: string | undefined;
            fix?: {
                package: string;
                version: string;
                major: boolean;
            } | undefined;
            waiver?: {
                index: number;
                owner: string;
                reason: string;
                expires: string;
                expired: boolean;
            } | undefined;
        }[];
        counts: {
            total: number;
            waived: number;
            unwaived: number;
            bySeverity: Record<"low" | "high" | "critical" | "moderate" | "info", {
                total: number;
                waived: number;
                unwaivedProd: number;
                unwaivedDev: number;
            }>;
        };
        policy: {
            failOn: "none" | "low" | "high" | "critical" | "moderate" | "info";
            devFailOn: "none" | "low" | "high" | "critical" | "moderate" | "info";
            windowsDays: Record<string, number>;
            today: string;
        };
        warnings: string[];
        status: "error" | "ok";
        reportVersion?: number | undefined;
        waivers?: {
            file: string;
            entries: {
                index: number;
                id: string;
                owner: string;
                reason: string;
                granted: string;
                expires: string;
                state: "expired" | "active" | "unused";
                matched: number;
                package?: string | undefined;
                path?: string | undefined;
            }[];
        } | undefined;
        outdated?: {
            source: "npm-outdated" | "outdated-json";
            input: string;
            packages: {
                name: string;
                current: string | null;
                wanted: string | null;
                latest: string | null;
                type: "unknown" | "major" | "minor" | "patch" | "prerelease";
                majorsBehind: number;
                needsReview: boolean;
                dependent?: string | undefined;
            }[];
            counts: {
                total: number;
                major: number;
                minor: number;
                patch: number;
                other: number;
                needsReview: number;
                maxMajorsBehind: number;
            };
        } | undefined;
        npmCounts?: Record<string, number> | undefined;
        message?: string | undefined;
    }>) => Promise<{
        source: "advisories" | "npm-audit" | "audit-json";
        input: string;
        findings: {
            id: string;
            package: string;
            severity: "low" | "high" | "critical" | "moderate" | "info";
            waived: boolean;
            version: string | null;
            aliases: string[];
            title: string;
            path: string[];
            location: string | null;
            dev: boolean | null;
            direct: boolean | null;
            fixedIn: string | null;
            url?: string | undefined;
            vulnerableRange?: string | undefined;
            fix?: {
                package: string;
                version: string;
                major: boolean;
            } | undefined;
            waiver?: {
                index: number;
                owner: string;
                reason: string;
                expires: string;
                expired: boolean;
            } | undefined;
        }[];
        counts: {
            total: number;
            waived: number;
            unwaived: number;
            bySeverity: Record<"low" | "high" | "critical" | "moderate" | "info", {
                total: number;
                waived: number;
                unwaivedProd: number;
                unwaivedDev: number;
            }>;
        };
        policy: {
            failOn: "none" | "low" | "high" | "critical" | "moderate" | "info";
            devFailOn: "none" | "low" | "high" | "critical" | "moderate" | "info";
            windowsDays: Record<string, number>;
            today: string;
        };
        warnings: string[];
        status: "error" | "ok";
        reportVersion?: number | undefined;
        waivers?: {
            file: string;
            entries: {
                index: number;
                id: string;
                owner: string;
                reason: string;
                granted: string;
                expires: string;
                state: "expired" | "active" | "unused";
                matched: number;
                package?: string | undefined;
                path?: string | undefined;
            }[];
        } | undefined;
        outdated?: {
            source: "npm-outdated" | "outdated-json";
            input: string;
            packages: {
                name: string;
                current: string | null;
                wanted: string | null;
                latest: string | null;
                type: "unknown" | "major" | "minor" | "patch" | "prerelease";
                majorsBehind: number;
                needsReview: boolean;
                dependent?: string | undefined;
            }[];
            counts: {
                total: number;
                major: number;
                minor: number;
                patch: number;
                other: number;
                needsReview: number;
                maxMajorsBehind: number;
            };
        } | undefined;
        npmCounts?: Record<string, number> | undefined;
        message?: string | undefined;
    }>;
    errorBlock: typeof import("../probes/audit/audit-probe.js").auditErrorBlock;
    describe: (p: import("../probes/audit/audit-probe.js").PreparedAudit) => string;
    gates: {
        defaults: () => string[];
        extra: (p: import("../probes/audit/audit-probe.js").PreparedAudit) => {
            defs: import("../core/metric.js").GateDef[];
            where: string;
        }[];
    };
    metrics: {
        catalog: Record<string, import("../core/probe.js").MetricInfo>;
        lookup: typeof import("../probes/audit/metrics.js").auditMetricLookup;
    };
    comparables: typeof import("../probes/audit/comparables.js").auditComparables;
    report: typeof import("../probes/audit/report.js").auditReport;
}, {
    name: "web";
    description: string;
    config: import("zod").ZodObject<{
        site: import("zod").ZodOptional<import("zod").ZodObject<{
            dir: import("zod").ZodString;
            routes: import("zod").ZodOptional<import("zod").ZodString>;
        }, import("zod/v4/core").$strict>>;
        pages: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodObject<{
            url: import("zod").ZodString;
            devices: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodEnum<{
                desktop: "desktop";
                mobile: "mobile";
            }>>>;
            runs: import("zod").ZodOptional<import("zod").ZodNumber>;
        }, import("zod/v4/core").$strict>]>>>;
        devices: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodEnum<{
            desktop: "desktop";
            mobile: "mobile";
        }>>>;
        runs: import("zod").ZodDefault<import("zod").ZodNumber>;
        journeys: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
        journeyRuns: import("zod").ZodDefault<import("zod").ZodNumber>;
        pageTimeout: import("zod").ZodDefault<import("zod").ZodPipe<import("zod").ZodUnion<readonly [import("zod").ZodString, import("zod").ZodNumber]>, import("zod").ZodTransform<number, string | number>>>;
        budgets: import("zod").ZodDefault<import("zod").ZodArray<import("zod").ZodString>>;
    }, import("zod/v4/core").$strict>;
    command: {
        name: string;
        description: string;
        flags: import("../core/probe.js").FlagTable<{
            site?: {
                dir: string;
                routes?: string | undefined;
            } | undefined;
            pages?: (string | {
                url: string;
                devices?: ("desktop" | "mobile")[] | undefined;
                runs?: number | undefined;
            })[] | undefined;
            devices?: ("desktop" | "mobile")[] | undefined;
            runs?: number | undefined;
            journeys?: string[] | undefined;
            journeyRuns?: number | undefined;
            pageTimeout?: string | number | undefined;
            budgets?: string[] | undefined;
        }>;
        maxRunTime: number;
    };
    block: import("zod").ZodObject<{
        status: import("zod").ZodDefault<import("zod").ZodEnum<{
            error: "error";
            ok: "ok";
        }>>;
        message: import("zod").ZodOptional<import("zod").ZodString>;
        browser: import("zod").ZodOptional<import("zod").ZodObject<{
            path: import("zod").ZodString;
            source: import("zod").ZodString;
            version: import("zod").ZodOptional<import("zod").ZodString>;
        }, import("zod/v4/core").$strip>>;
        pages: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodObject<{
            status: import("zod").ZodDefault<import("zod").ZodEnum<{
                error: "error";
                ok: "ok";
            }>>;
            message: import("zod").ZodOptional<import("zod").ZodString>;
            url: import("zod").ZodString;
            device: import("zod").ZodEnum<{
                desktop: "desktop";
                mobile: "mobile";
            }>;
            runs: import("zod").ZodNumber;
            medianRun: import("zod").ZodOptional<import("zod").ZodNumber>;
            metrics: import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodObject<{
                median: import("zod").ZodNumber;
                min: import("zod").ZodNumber;
                max: import("zod").ZodNumber;
                values: import("zod").ZodArray<import("zod").ZodNullable<import("zod").ZodNumber>>;
                p95: import("zod").ZodOptional<import("zod").ZodNumber>;
            }, import("zod/v4/core").$strip>>;
            runMs: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodNumber>>;
            lighthouseVersion: import("zod").ZodOptional<import("zod").ZodString>;
            warnings: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodString>>;
            cookiesFrom: import("zod").ZodOptional<import("zod").ZodString>;
        }, import("zod/v4/core").$strip>>>;
        journeys: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodObject<{
            status: import("zod").ZodDefault<import("zod").ZodEnum<{
                error: "error";
                ok: "ok";
            }>>;
            message: import("zod").ZodOptional<import("zod").ZodString>;
            name: import("zod").ZodString;
            file: import("zod").ZodString;
            url: import("zod").ZodString;
            runs: import("zod").ZodNumber;
            metrics: import("zod").ZodRecord<import("zod").ZodString, import("zod").ZodObject<{
                median: import("zod").ZodNumber;
                min: import("zod").ZodNumber;
                max: import("zod").ZodNumber;
                values: import("zod").ZodArray<import("zod").ZodNullable<import("zod").ZodNumber>>;
                p95: import("zod").ZodOptional<import("zod").ZodNumber>;
            }, import("zod/v4/core").$strip>>;
            runErrors: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodString>>;
        }, import("zod/v4/core").$strip>>>;
    }, import("zod/v4/core").$strip>;
    prepare: (c: {
        pages: (string | {
            url: string;
            devices?: ("desktop" | "mobile")[] | undefined;
            runs?: number | undefined;
        })[];
        devices: ("desktop" | "mobile")[];
        runs: number;
        journeys: string[];
        journeyRuns: number;
        pageTimeout: number;
        budgets: string[];
        site?: {
            dir: string;
            routes?: string | undefined;
        } | undefined;
    }, ctx: import("../core/probe.js").PrepareContext) => Promise<import("../probes/web/prepare.js").WebPrepared>;
    measure(p: import("../probes/web/prepare.js").WebPrepared, ctx: import("../core/probe.js").MeasureContext<{
        status: "error" | "ok";
        message?: string | undefined;
        browser?: {
            path: string;
            source: string;
            version?: string | undefined;
        } | undefined;
        pages?: {
            status: "error" | "ok";
            url: string;
            device: "desktop" | "mobile";
            runs: number;
            metrics: Record<string, {
                median: number;
                min: number;
                max: number;
                values: (number | null)[];
                p95?: number | undefined;
            }>;
            message?: string | undefined;
            medianRun?: number | undefined;
            runMs?: number[] | undefined;
            lighthouseVersion?: string | undefined;
            warnings?: string[] | undefined;
            cookiesFrom?: string | undefined;
        }[] | undefined;
        journeys?: {
            status: "error" | "ok";
            name: string;
            file: string;
            url: string;
            runs: number;
            metrics: Record<string, {
                median: number;
                min: number;
                max: number;
                values: (number | null)[];
                p95?: number | undefined;
            }>;
            message?: string | undefined;
            runErrors?: string[] | undefined;
        }[] | undefined;
    }>): Promise<{
        status: "error" | "ok";
        message?: string | undefined;
        browser?: {
            path: string;
            source: string;
            version?: string | undefined;
        } | undefined;
        pages?: {
            status: "error" | "ok";
            url: string;
            device: "desktop" | "mobile";
            runs: number;
            metrics: Record<string, {
                median: number;
                min: number;
                max: number;
                values: (number | null)[];
                p95?: number | undefined;
            }>;
            message?: string | undefined;
            medianRun?: number | undefined;
            runMs?: number[] | undefined;
            lighthouseVersion?: string | undefined;
            warnings?: string[] | undefined;
            cookiesFrom?: string | undefined;
        }[] | undefined;
        journeys?: {
            status: "error" | "ok";
            name: string;
            file: string;
            url: string;
            runs: number;
            metrics: Record<string, {
                median: number;
                min: number;
                max: number;
                values: (number | null)[];
                p95?: number | undefined;
            }>;
            message?: string | undefined;
            runErrors?: string[] | undefined;
        }[] | undefined;
    }>;
    errorBlock: (_p: import("../probes/web/prepare.js").WebPrepared, message: string, partial: {
        status: "error" | "ok";
        message?: string | undefined;
        browser?: {
            path: string;
            source: string;
            version?: string | undefined;
        } | undefined;
        pages?: {
            status: "error" | "ok";
            url: string;
            device: "desktop" | "mobile";
            runs: number;
            metrics: Record<string, {
                median: number;
                min: number;
                max: number;
                values: (number | null)[];
                p95?: number | undefined;
            }>;
            message?: string | undefined;
            medianRun?: number | undefined;
            runMs?: number[] | undefined;
            lighthouseVersion?: string | undefined;
            warnings?: string[] | undefined;
            cookiesFrom?: string | undefined;
        }[] | undefined;
        journeys?: {
            status: "error" | "ok";
            name: string;
            file: string;
            url: string;
            runs: number;
            metrics: Record<string, {
                median: number;
                min: number;
                max: number;
                values: (number | null)[];
                p95?: number | undefined;
            }>;
            message?: string | undefined;
            runErrors?: string[] | undefined;
        }[] | undefined;
    } | undefined) => import("../index.js").WebProbe;
    describe: typeof import("../probes/web/progress.js").planText;
    gates: {
        defaults: () => string[];
        extra: (p: import("../probes/web/prepare.js").WebPrepared) => {
            defs: import("../core/metric.js").GateDef[];
            where: string;
        }[];
        expand: (gates: import("../core/metric.js").GateSpec[], block: {
            status: "error" | "ok";
            message?: string | undefined;
            browser?: {
                path: string;
                source: string;
                version?: string | undefined;
            } | undefined;
            pages?: {
                status: "error" | "ok";
                url: string;
                device: "desktop" | "mobile";
                runs: number;
                metrics: Record<string, {
                    median: number;
                    min: number;
                    max: number;
                    values: (number | null)[];
                    p95?: number | undefined;
                }>;
                message?: string | undefined;
                medianRun?: number | undefined;
                runMs?: number[] | undefined;
                lighthouseVersion?: string | undefined;
                warnings?: string[] | undefined;
                cookiesFrom?: string | undefined;
            }[] | undefined;
            journeys?: {
                status: "error" | "ok";
                name: string;
                file: string;
                url: string;
                runs: number;
                metrics: Record<string, {
                    median: number;
                    min: number;
                    max: number;
                    values: (number | null)[];
                    p95?: number | undefined;
                }>;
                message?: string | undefined;
                runErrors?: string[] | undefined;
            }[] | undefined;
        }) => {
            gates: import("../core/metric.js").GateSpec[];
            skipped: import("../core/metric.js").GateSpec[];
        };
    };
    metrics: {
        catalog: Record<string, import("../core/probe.js").MetricInfo>;
        lookup: typeof import("../probes/web/metrics.js").webMetricLookup;
        judgesPartial: (b: {
            status: "error" | "ok";
            message?: string | undefined;
            browser?: {
                path: string;
                source: string;
                version?: string | undefined;
            } | undefined;
            pages?: {
                status: "error" | "ok";
                url: string;
                device: "desktop" | "mobile";
                runs: number;
                metrics: Record<string, {
                    median: number;
                    min: number;
                    max: number;
                    values: (number | null)[];
                    p95?: number | undefined;
                }>;
                message?: string | undefined;
                medianRun?: number | undefined;
                runMs?: number[] | undefined;
                lighthouseVersion?: string | undefined;
                warnings?: string[] | undefined;
                cookiesFrom?: string | undefined;
            }[] | undefined;
            journeys?: {
                status: "error" | "ok";
                name: string;
                file: string;
                url: string;
                runs: number;
                metrics: Record<string, {
                    median: number;
                    min: number;
                    max: number;
                    values: (number | null)[];
                    p95?: number | undefined;
                }>;
                message?: string | undefined;
                runErrors?: string[] | undefined;
            }[] | undefined;
        }) => boolean;
    };
    comparables: typeof import("../probes/web/comparables.js").webComparables;
    report: typeof import("../probes/web/report.js").webReport;
}];
export type Registry = typeof PROBES;
export type ProbeName = Registry[number]['name'];
type ProbeNamed<N extends ProbeName> = Extract<Registry[number], {
    name: N;
}>;
export type BlockOf<N extends ProbeName> = ProbeNamed<N> extends Probe<any, any, any, any, infer B> ? B : never;
export type ConfigInputOf<N extends ProbeName> = ProbeNamed<N> extends Probe<any, infer C, any, any, any> ? C : never;
export declare const PROBE_NAMES: ProbeName[];
export declare function probeByName(name: string): AnyProbe | undefined;
export declare function probeByCommand(command: string): AnyProbe | undefined;
/** Probe name → its metric catalog, for gate files. */
export declare const CATALOGS: {
    [k: string]: Record<string, import("../core/probe.js").MetricInfo>;
};
export {};
