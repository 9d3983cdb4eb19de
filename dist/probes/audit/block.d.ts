import { z } from 'zod';
export declare const AuditSeverity: z.ZodEnum<{
    low: "low";
    high: "high";
    critical: "critical";
    moderate: "moderate";
    info: "info";
}>;
export declare const AuditFinding: z.ZodObject<{
    id: z.ZodString;
    package: z.ZodString;
    severity: z.ZodEnum<{
        low: "low";
        high: "high";
        critical: "critical";
        moderate: "moderate";
        info: "info";
    }>;
    waived: z.ZodBoolean;
    version: z.ZodNullable<z.ZodString>;
    aliases: z.ZodArray<z.ZodString>;
    title: z.ZodString;
    url: z.ZodOptional<z.ZodString>;
    path: z.ZodArray<z.ZodString>;
    location: z.ZodNullable<z.ZodString>;
    dev: z.ZodNullable<z.ZodBoolean>;
    direct: z.ZodNullable<z.ZodBoolean>;
    vulnerableRange: z.ZodOptional<z.ZodString>;
    fixedIn: z.ZodNullable<z.ZodString>;
    fix: z.ZodOptional<z.ZodObject<{
        package: z.ZodString;
        version: z.ZodString;
        major: z.ZodBoolean;
    }, z.core.$strip>>;
    waiver: z.ZodOptional<z.ZodObject<{
        index: z.ZodNumber;
        owner: z.ZodString;
        reason: z.ZodString;
        expires: z.ZodString;
        expired: z.ZodBoolean;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type AuditFinding = z.infer<typeof AuditFinding>;
export declare const AuditCounts: z.ZodObject<{
    total: z.ZodNumber;
    waived: z.ZodNumber;
    unwaived: z.ZodNumber;
    bySeverity: z.ZodRecord<z.ZodEnum<{
        low: "low";
        high: "high";
        critical: "critical";
        moderate: "moderate";
        info: "info";
    }>, z.ZodObject<{
        total: z.ZodNumber;
        waived: z.ZodNumber;
        unwaivedProd: z.ZodNumber;
        unwaivedDev: z.ZodNumber;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type AuditCounts = z.infer<typeof AuditCounts>;
export declare const AuditWaiverState: z.ZodObject<{
    index: z.ZodNumber;
    id: z.ZodString;
    package: z.ZodOptional<z.ZodString>;
    path: z.ZodOptional<z.ZodString>;
    owner: z.ZodString;
    reason: z.ZodString;
    granted: z.ZodString;
    expires: z.ZodString;
    state: z.ZodEnum<{
        expired: "expired";
        active: "active";
        unused: "unused";
    }>;
    matched: z.ZodNumber;
}, z.core.$strip>;
export declare const OutdatedPackage: z.ZodObject<{
    name: z.ZodString;
    current: z.ZodNullable<z.ZodString>;
    wanted: z.ZodNullable<z.ZodString>;
    latest: z.ZodNullable<z.ZodString>;
    type: z.ZodEnum<{
        unknown: "unknown";
        major: "major";
        minor: "minor";
        patch: "patch";
        prerelease: "prerelease";
    }>;
    majorsBehind: z.ZodNumber;
    needsReview: z.ZodBoolean;
    dependent: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type OutdatedPackage = z.infer<typeof OutdatedPackage>;
export declare const AuditOutdated: z.ZodObject<{
    source: z.ZodEnum<{
        "npm-outdated": "npm-outdated";
        "outdated-json": "outdated-json";
    }>;
    input: z.ZodString;
    packages: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        current: z.ZodNullable<z.ZodString>;
        wanted: z.ZodNullable<z.ZodString>;
        latest: z.ZodNullable<z.ZodString>;
        type: z.ZodEnum<{
            unknown: "unknown";
            major: "major";
            minor: "minor";
            patch: "patch";
            prerelease: "prerelease";
        }>;
        majorsBehind: z.ZodNumber;
        needsReview: z.ZodBoolean;
        dependent: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    counts: z.ZodObject<{
        total: z.ZodNumber;
        major: z.ZodNumber;
        minor: z.ZodNumber;
        patch: z.ZodNumber;
        other: z.ZodNumber;
        needsReview: z.ZodNumber;
        maxMajorsBehind: z.ZodNumber;
    }, z.core.$strip>;
}, z.core.$strip>;
export type AuditOutdated = z.infer<typeof AuditOutdated>;
export declare const AuditProbe: z.ZodObject<{
    source: z.ZodEnum<{
        "npm-audit": "npm-audit";
        "audit-json": "audit-json";
        advisories: "advisories";
    }>;
    input: z.ZodString;
    reportVersion: z.ZodOptional<z.ZodNumber>;
    findings: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        package: z.ZodString;
        severity: z.ZodEnum<{
            low: "low";
            high: "high";
            critical: "critical";
            moderate: "moderate";
            info: "info";
        }>;
        waived: z.ZodBoolean;
        version: z.ZodNullable<z.ZodString>;
        aliases: z.ZodArray<z.ZodString>;
        title: z.ZodString;
        url: z.ZodOptional<z.ZodString>;
        path: z.ZodArray<z.ZodString>;
        location: z.ZodNullable<z.ZodString>;
        dev: z.ZodNullable<z.ZodBoolean>;
        direct: z.ZodNullable<z.ZodBoolean>;
        vulnerableRange: z.ZodOptional<z.ZodString>;
        fixedIn: z.ZodNullable<z.ZodString>;
        fix: z.ZodOptional<z.ZodObject<{
            package: z.ZodString;
            version: z.ZodString;
            major: z.ZodBoolean;
        }, z.core.$strip>>;
        waiver: z.ZodOptional<z.ZodObject<{
            index: z.ZodNumber;
            owner: z.ZodString;
            reason: z.ZodString;
            expires: z.ZodString;
            expired: z.ZodBoolean;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    counts: z.ZodObject<{
        total: z.ZodNumber;
        waived: z.ZodNumber;
        unwaived: z.ZodNumber;
        bySeverity: z.ZodRecord<z.ZodEnum<{
            low: "low";
            high: "high";
            critical: "critical";
            moderate: "moderate";
            info: "info";
        }>, z.ZodObject<{
            total: z.ZodNumber;
            waived: z.ZodNumber;
            unwaivedProd: z.ZodNumber;
            unwaivedDev: z.ZodNumber;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    policy: z.ZodObject<{
        failOn: z.ZodUnion<readonly [z.ZodEnum<{
            low: "low";
            high: "high";
            critical: "critical";
            moderate: "moderate";
            info: "info";
        }>, z.ZodLiteral<"none">]>;
        devFailOn: z.ZodUnion<readonly [z.ZodEnum<{
            low: "low";
            high: "high";
            critical: "critical";
            moderate: "moderate";
            info: "info";
        }>, z.ZodLiteral<"none">]>;
        windowsDays: z.ZodRecord<z.ZodString, z.ZodNumber>;
        today: z.ZodString;
    }, z.core.$strip>;
    waivers: z.ZodOptional<z.ZodObject<{
        file: z.ZodString;
        entries: z.ZodArray<z.ZodObject<{
            index: z.ZodNumber;
            id: z.ZodString;
            package: z.ZodOptional<z.ZodString>;
            path: z.ZodOptional<z.ZodString>;
            owner: z.ZodString;
            reason: z.ZodString;
            granted: z.ZodString;
            expires: z.ZodString;
            state: z.ZodEnum<{
                expired: "expired";
                active: "active";
                unused: "unused";
            }>;
            matched: z.ZodNumber;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    outdated: z.ZodOptional<z.ZodObject<{
        source: z.ZodEnum<{
            "npm-outdated": "npm-outdated";
            "outdated-json": "outdated-json";
        }>;
        input: z.ZodString;
        packages: z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            current: z.ZodNullable<z.ZodString>;
            wanted: z.ZodNullable<z.ZodString>;
            latest: z.ZodNullable<z.ZodString>;
            type: z.ZodEnum<{
                unknown: "unknown";
                major: "major";
                minor: "minor";
                patch: "patch";
                prerelease: "prerelease";
            }>;
            majorsBehind: z.ZodNumber;
            needsReview: z.ZodBoolean;
            dependent: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
        counts: z.ZodObject<{
            total: z.ZodNumber;
            major: z.ZodNumber;
            minor: z.ZodNumber;
            patch: z.ZodNumber;
            other: z.ZodNumber;
            needsReview: z.ZodNumber;
            maxMajorsBehind: z.ZodNumber;
        }, z.core.$strip>;
    }, z.core.$strip>>;
    npmCounts: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodNumber>>;
    warnings: z.ZodDefault<z.ZodArray<z.ZodString>>;
    status: z.ZodDefault<z.ZodEnum<{
        error: "error";
        ok: "ok";
    }>>;
    message: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type AuditProbe = z.infer<typeof AuditProbe>;
