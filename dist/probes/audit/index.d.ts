import { auditErrorBlock } from './audit-probe.js';
import { auditMetricLookup } from './metrics.js';
import { auditComparables } from './comparables.js';
import { auditReport } from './report.js';
export declare const auditProbe: {
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
        flags: import("../../core/probe.js").FlagTable<{
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
    }, ctx: import("../../core/probe.js").PrepareContext) => Promise<import("./audit-probe.js").PreparedAudit>;
    measure: (p: import("./audit-probe.js").PreparedAudit, ctx: import("../../core/probe.js").MeasureContext<{
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
    errorBlock: typeof auditErrorBlock;
    describe: (p: import("./audit-probe.js").PreparedAudit) => string;
    gates: {
        defaults: () => string[];
        extra: (p: import("./audit-probe.js").PreparedAudit) => {
            defs: import("../../core/metric.js").GateDef[];
            where: string;
        }[];
    };
    metrics: {
        catalog: Record<string, import("../../core/probe.js").MetricInfo>;
        lookup: typeof auditMetricLookup;
    };
    comparables: typeof auditComparables;
    report: typeof auditReport;
};
