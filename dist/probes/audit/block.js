// The audit probe's result.json block: findings, counts, the policy, waivers and updates.
import { z } from 'zod';
import { ProbeStatus } from "../../core/result.js";
export const AuditSeverity = z.enum(['critical', 'high', 'moderate', 'low', 'info']);
export const AuditFinding = z.object({
    /** The advisory id: GHSA-… when known, else the source's own id (npm:1094102). */
    id: z.string(),
    package: z.string(),
    severity: AuditSeverity,
    /** true only while an unexpired waiver covers it; an expired waiver leaves it false. */
    waived: z.boolean(),
    /** Installed version; null when the source does not say (a saved report without a lockfile). */
    version: z.string().nullable(),
    aliases: z.array(z.string()),
    title: z.string(),
    url: z.string().optional(),
    /** Dependency path from the project: [direct dependency, …, package]. */
    path: z.array(z.string()),
    /** Install location in the lockfile (node_modules/a/node_modules/b); null when unknown. */
    location: z.string().nullable(),
    /** Dev-only dependency; null when unknown, which is judged as production (fail closed). */
    dev: z.boolean().nullable(),
    direct: z.boolean().nullable(),
    vulnerableRange: z.string().optional(),
    /** First version of this package without the advisory; null when the source does not say. */
    fixedIn: z.string().nullable(),
    /** npm's suggested fix: the top-level upgrade that removes it. */
    fix: z.object({ package: z.string(), version: z.string(), major: z.boolean() }).optional(),
    /** The waiver that matched (index in the waiver file), active or expired. */
    waiver: z.object({ index: z.number().int(), owner: z.string(), reason: z.string(), expires: z.string(), expired: z.boolean() }).optional(),
});
const SeverityCount = z.object({
    total: z.number().int(),
    waived: z.number().int(),
    unwaivedProd: z.number().int(),
    unwaivedDev: z.number().int(),
});
export const AuditCounts = z.object({
    total: z.number().int(),
    waived: z.number().int(),
    unwaived: z.number().int(),
    bySeverity: z.record(AuditSeverity, SeverityCount),
});
export const AuditWaiverState = z.object({
    index: z.number().int(),
    id: z.string(),
    package: z.string().optional(),
    path: z.string().optional(),
    owner: z.string(),
    reason: z.string(),
    granted: z.string(),
    expires: z.string(),
    state: z.enum(['active', 'expired', 'unused']),
    matched: z.number().int(),
});
export const OutdatedPackage = z.object({
    name: z.string(),
    current: z.string().nullable(),
    wanted: z.string().nullable(),
    latest: z.string().nullable(),
    /** The update from current to latest, by semver. */
    type: z.enum(['major', 'minor', 'patch', 'prerelease', 'unknown']),
    majorsBehind: z.number().int(),
    /** Majors, and minors of 0.x packages (breaking under semver), need a human review. */
    needsReview: z.boolean(),
    dependent: z.string().optional(),
});
export const AuditOutdated = z.object({
    source: z.enum(['npm-outdated', 'outdated-json']),
    input: z.string(),
    packages: z.array(OutdatedPackage),
    counts: z.object({
        total: z.number().int(),
        major: z.number().int(),
        minor: z.number().int(),
        patch: z.number().int(),
        other: z.number().int(),
        needsReview: z.number().int(),
        maxMajorsBehind: z.number().int(),
    }),
});
export const AuditProbe = z.object({
    ...ProbeStatus,
    /** npm-audit: `npm audit` run now; audit-json: a saved report; advisories: offline OSV files. */
    source: z.enum(['npm-audit', 'audit-json', 'advisories']),
    /** The directory, file or registry the findings came from (secrets redacted). */
    input: z.string(),
    reportVersion: z.number().int().optional(),
    findings: z.array(AuditFinding),
    counts: AuditCounts,
    policy: z.object({
        failOn: z.union([AuditSeverity, z.literal('none')]),
        devFailOn: z.union([AuditSeverity, z.literal('none')]),
        windowsDays: z.record(z.string(), z.number()),
        today: z.string(),
    }),
    waivers: z.object({ file: z.string(), entries: z.array(AuditWaiverState) }).optional(),
    outdated: AuditOutdated.optional(),
    /** npm's own per-package totals (metadata.vulnerabilities), for cross-checking. */
    npmCounts: z.record(z.string(), z.number()).optional(),
    warnings: z.array(z.string()).default([]),
});
