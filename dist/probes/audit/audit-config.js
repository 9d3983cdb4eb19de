// The audit probe's settings, from `shipgate audit` flags or the config's `audit:` section;
// one schema for both, so a bad value reads the same either way. Defaults live here, and the
// flag table that maps each key to its flag.
import { z } from 'zod';
import { InvalidArgumentError } from 'commander';
import { DurationMs } from "../../lib/duration.js";
import { UsageError } from "../../core/errors.js";
import { formatIssues } from "../../core/load-file.js";
import { SeverityOrNone, WindowsSchema } from "./severity.js";
export const AuditConfig = z.strictObject({
    /** The project: its package-lock.json (and .npmrc for a live audit). */
    dir: z.string().min(1).optional(),
    /** A saved `npm audit --json` instead of a live audit. */
    auditJson: z.string().min(1).optional(),
    /** A folder of OSV / GitHub Advisory Database JSON files: offline audit of the lockfile. */
    advisories: z.string().min(1).optional(),
    /** Waiver file; default gates/waivers.yaml when it exists. */
    waivers: z.string().min(1).optional(),
    /** Unwaived production findings at or above this fail the gate. */
    failOn: SeverityOrNone.default('high'),
    /** The same for dev-only dependencies; default: report only. */
    devFailOn: SeverityOrNone.default('none'),
    /** Response windows in days: the longest a waiver of each severity may last. */
    windows: WindowsSchema.prefault({}),
    /** Run `npm outdated --json` in the project for the update policy. */
    outdated: z.boolean().default(false),
    /** A saved `npm outdated --json` instead. */
    outdatedJson: z.string().min(1).optional(),
    /** Fail when any dependency is more than this many majors behind its latest release. */
    maxMajorsBehind: z.number().int().nonnegative().optional(),
    /** Time limit for each npm command. */
    timeout: DurationMs.default(60_000),
});
/** Validate settings gathered from flags; `where` names them in errors (exit 2). */
export function parseAuditSettings(raw, where) {
    const r = AuditConfig.safeParse(raw);
    if (!r.success)
        throw new UsageError(formatIssues(where, r.error.issues));
    return r.data;
}
/** `--windows critical=1,high=3,medium=14` → {critical: 1, high: 3, moderate: 14}. */
export function windowList(value) {
    const out = {};
    for (const part of value
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)) {
        const m = /^(critical|high|moderate|medium|low)=(\d+)$/.exec(part);
        if (!m)
            throw new InvalidArgumentError(`"${part}" is not severity=days, e.g. high=3`);
        out[m[1] === 'medium' ? 'moderate' : m[1]] = Number(m[2]);
    }
    return out;
}
export function nonNegativeInt(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
        throw new InvalidArgumentError(`"${value}" is not a whole number >= 0`);
    return n;
}
export const AUDIT_FLAGS = {
    dir: { flags: '--dir <dir>', description: 'the project: package-lock.json (and .npmrc for npm audit)', path: 'dir' },
    auditJson: { flags: '--audit-json <file>', description: 'a saved `npm audit --json` report (npm 6 or 7+) instead of running npm audit', path: 'auditJson' },
    advisories: {
        flags: '--advisories <dir>',
        description: 'offline: OSV / GitHub Advisory Database JSON files matched against the lockfile',
        path: 'advisories',
    },
    waivers: { flags: '--waivers <file>', description: 'waiver file (default gates/waivers.yaml when it exists)', path: 'waivers' },
    failOn: {
        flags: '--fail-on <severity>',
        description: 'fail on unwaived production findings at or above: critical|high|moderate|low|info|none (default high)',
        path: 'failOn',
    },
    devFailOn: { flags: '--dev-fail-on <severity>', description: 'the same for dev-only dependencies (default none: report only)', path: 'devFailOn' },
    windows: {
        flags: '--windows <list>',
        description: 'response windows in days, e.g. critical=1,high=3,moderate=14,low=90',
        path: 'windows',
        parse: windowList,
    },
    outdated: { flags: '--outdated', description: 'also run `npm outdated --json` and classify updates (patch, minor, major)', path: 'outdated' },
    outdatedJson: { flags: '--outdated-json <file>', description: 'a saved `npm outdated --json` instead', path: 'outdatedJson' },
    maxMajorsBehind: {
        flags: '--max-majors-behind <n>',
        description: 'fail when a dependency is more than N majors behind',
        path: 'maxMajorsBehind',
        parse: nonNegativeInt,
    },
    timeout: { flags: '--timeout <d>', description: 'time limit for each npm command (default 60s)', path: 'timeout' },
};
