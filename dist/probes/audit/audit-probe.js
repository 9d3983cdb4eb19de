// The audit probe in two steps. prepare: everything that is input (waivers, a saved report,
// offline advisories, the lockfile) is read and checked first, so a bad file is exit 2
// before anything runs. measure: the live `npm audit` / `npm outdated` when asked, then the
// waivers; a registry that refuses, hangs or answers garbage makes the probe an error.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ProbeError, UsageError, errorMessage } from "../../core/errors.js";
import { readJson, readLockfile } from "./lockfile.js";
import { loadAdvisories, matchAdvisories } from "./osv.js";
import { parseNpmAudit } from "./npm-report.js";
import { npmStderrSummary, runNpmJson } from "./npm-run.js";
import { redactText } from "../../lib/redact.js";
import { applyWaivers, loadWaivers, todayUtc } from "./waivers.js";
import { outdatedBlock, parseOutdated } from "./outdated.js";
import { SEVERITIES, bySeverityDesc } from "./severity.js";
import { formatDuration } from "../../lib/duration.js";
import { silentProgress } from "../../core/progress.js";
export const DEFAULT_WAIVERS_FILE = join('gates', 'waivers.yaml');
const OFFLINE_HINT = 'audit offline instead: --audit-json FILE (an `npm audit --json` saved where the registry answers) or --advisories DIR (OSV / GitHub Advisory Database files matched against package-lock.json)';
const OUTDATED_HINT = 'use --outdated-json FILE (an `npm outdated --json` saved elsewhere) instead';
/** npm timed out or could not start: say where to turn (not when the user stopped the run). */
async function withHint(run, hint, signal) {
    try {
        return await run;
    }
    catch (err) {
        if (err instanceof ProbeError && !signal?.aborted)
            throw new ProbeError(`${err.message}; ${hint}`);
        throw err;
    }
}
/** `where` names the settings in messages ("shipgate.config.ts: audit"); flags by default. */
export async function prepareAudit(settings, today = todayUtc(), where) {
    const at = where && where !== '--flags' ? `${where}: ` : '';
    if (settings.auditJson && settings.advisories) {
        throw new UsageError(`${at}--audit-json and --advisories (auditJson, advisories) are two sources of findings: give one`);
    }
    if (settings.outdated && settings.outdatedJson)
        throw new UsageError(`${at}--outdated and --outdated-json (outdated, outdatedJson): give one`);
    if (settings.maxMajorsBehind !== undefined && !settings.outdated && !settings.outdatedJson) {
        throw new UsageError(`${at}--max-majors-behind (maxMajorsBehind) needs an update check: --outdated or --outdated-json FILE`);
    }
    const dir = settings.dir ?? '.';
    const waiverFile = settings.waivers ?? (existsSync(DEFAULT_WAIVERS_FILE) ? DEFAULT_WAIVERS_FILE : undefined);
    const waivers = waiverFile ? await loadWaivers(waiverFile, settings.windows, today) : undefined;
    const base = { settings, today, dir, ...(waivers ? { waivers } : {}) };
    const outdated = settings.outdatedJson
        ? outdatedBlock('outdated-json', settings.outdatedJson, parseOutdated(await readJson(settings.outdatedJson), settings.outdatedJson))
        : undefined;
    const withOutdated = outdated ? { outdated } : {};
    if (settings.auditJson) {
        // A saved report's lockfile is used only when --dir names it: the working directory's
        // lockfile is probably another project's.
        const lock = settings.dir ? await readLockfile(dir) : undefined;
        const parsed = parseNpmAudit(await readJson(settings.auditJson), lock);
        const input = settings.auditJson;
        if (parsed.kind === 'unknown') {
            throw new UsageError(`${input}: not an \`npm audit --json\` report (no auditReportVersion 2 vulnerabilities, no npm 6 advisories)`);
        }
        if (parsed.kind === 'npm-error') {
            return {
                ...base,
                ...withOutdated,
                source: 'audit-json',
                input,
                savedError: `${input} is npm's error output, not a report: ${redactText(parsed.message)}`,
            };
        }
        const warnings = lock ? [] : ['no lockfile (--dir): installed versions and dev flags are unknown, so every finding is judged as production'];
        const found = { findings: parsed.findings, reportVersion: parsed.reportVersion, ...(parsed.npmCounts ? { npmCounts: parsed.npmCounts } : {}), warnings };
        return checked({ ...base, ...withOutdated, source: 'audit-json', input, ...(lock ? { lock } : {}), found });
    }
    const lock = await readLockfile(dir);
    if (settings.advisories) {
        const db = await loadAdvisories(settings.advisories);
        const { findings, unmatchable } = matchAdvisories(lock, db);
        const warnings = unmatchable.length ? [`not matched (version is not semver): ${unmatchable.join(', ')}`] : [];
        const input = `${db.count} advisories in ${settings.advisories} vs ${lock.file} (lockfile v${lock.lockfileVersion})`;
        return checked({ ...base, ...withOutdated, source: 'advisories', input, lock, found: { findings, warnings } });
    }
    return { ...base, ...withOutdated, source: 'npm-audit', input: `npm audit in ${dir}`, lock };
}
/** Offline findings meet the waivers now, so a waiver too long for its window is exit 2 before anything runs. */
function checked(p) {
    if (p.waivers && p.found)
        applyWaivers(p.found.findings, p.waivers, p.settings.windows, p.today);
    return p;
}
export async function measureAudit(p, signal, progress = silentProgress) {
    let found = p.found;
    let outdated = p.outdated;
    const limit = `time limit ${formatDuration(p.settings.timeout)}`;
    try {
        if (p.savedError)
            throw new ProbeError(p.savedError);
        if (!found)
            progress.line(`npm audit in ${p.dir} (${limit})`);
        found ??= await liveAudit(p, signal);
        if (p.settings.outdated) {
            progress.line(`npm outdated in ${p.dir} (${limit})`);
            outdated = await liveOutdated(p, signal);
        }
        // A live audit's findings meet the waivers only now: a waiver too long for a finding's
        // window is found mid-run, so it is this probe's error (what was measured is kept).
        const waived = p.waivers ? applyWaivers(found.findings, p.waivers, p.settings.windows, p.today) : undefined;
        return block(p, { ...found, findings: waived?.findings ?? found.findings, warnings: [...found.warnings, ...(waived?.warnings ?? [])] }, waived?.states, outdated);
    }
    catch (err) {
        // One rule for every probe: a failure to measure is an error block, never a crash.
        const why = err instanceof ProbeError
            ? errorMessage(err)
            : err instanceof UsageError
                ? `a problem found while measuring: ${errorMessage(err)}`
                : `unexpected failure: ${errorMessage(err)}`;
        return block(p, found ?? { findings: [], warnings: [] }, undefined, outdated, why);
    }
}
async function liveAudit(p, signal) {
    const run = await withHint(runNpmJson(['audit', '--json'], { cwd: p.dir, timeoutMs: p.settings.timeout, ...(signal ? { signal } : {}) }), OFFLINE_HINT, signal);
    if (run.json === undefined) {
        const said = npmStderrSummary(run.stderr);
        throw new ProbeError(`npm audit printed no JSON report (exit ${run.code})${said ? `: ${said}` : ''}; ${OFFLINE_HINT}`);
    }
    const parsed = parseNpmAudit(run.json, p.lock);
    if (parsed.kind === 'npm-error') {
        throw new ProbeError(`npm audit could not get advisories from the registry: ${redactText(parsed.message)}; ${OFFLINE_HINT}`);
    }
    if (parsed.kind === 'unknown')
        throw new ProbeError(`npm audit printed JSON that is not an audit report; ${OFFLINE_HINT}`);
    return { findings: parsed.findings, reportVersion: parsed.reportVersion, ...(parsed.npmCounts ? { npmCounts: parsed.npmCounts } : {}), warnings: [] };
}
async function liveOutdated(p, signal) {
    const run = await withHint(runNpmJson(['outdated', '--json'], { cwd: p.dir, timeoutMs: p.settings.timeout, ...(signal ? { signal } : {}) }), OUTDATED_HINT, signal);
    // Exit 1 only means "something is outdated"; an error prints {"error": {...}}.
    const j = run.json;
    if (j === undefined || j.error) {
        const why = j?.error ? (j.error.summary ?? j.error.code ?? 'error') : npmStderrSummary(run.stderr) || `exit ${run.code}`;
        throw new ProbeError(`npm outdated failed: ${redactText(String(why))}; ${OUTDATED_HINT}`);
    }
    try {
        return outdatedBlock('npm-outdated', `npm outdated in ${p.dir}`, parseOutdated(j, 'npm outdated --json'));
    }
    catch (err) {
        throw new ProbeError(errorMessage(err));
    }
}
export function countFindings(findings) {
    const bySeverity = Object.fromEntries(SEVERITIES.map((s) => {
        const of = findings.filter((f) => f.severity === s);
        const unwaived = of.filter((f) => !f.waived);
        return [
            s,
            {
                total: of.length,
                waived: of.length - unwaived.length,
                unwaivedProd: unwaived.filter((f) => f.dev !== true).length,
                unwaivedDev: unwaived.filter((f) => f.dev === true).length,
            },
        ];
    }));
    const waived = findings.filter((f) => f.waived).length;
    return { total: findings.length, waived, unwaived: findings.length - waived, bySeverity };
}
/** A block for an audit that could not measure; `partial` is what it had measured. */
export function auditErrorBlock(p, message, partial) {
    if (partial)
        return { ...partial, status: 'error', message };
    return block(p, { findings: [], warnings: [] }, undefined, p.outdated, message);
}
function block(p, found, states, outdated, error) {
    const findings = [...found.findings].sort((a, b) => bySeverityDesc(a.severity, b.severity) ||
        a.package.localeCompare(b.package) ||
        a.id.localeCompare(b.id) ||
        a.path.join('>').localeCompare(b.path.join('>')));
    return {
        status: error ? 'error' : 'ok',
        ...(error ? { message: error } : {}),
        source: p.source,
        input: p.input,
        ...(found.reportVersion ? { reportVersion: found.reportVersion } : {}),
        findings,
        counts: countFindings(findings),
        policy: { failOn: p.settings.failOn, devFailOn: p.settings.devFailOn, windowsDays: { ...p.settings.windows }, today: p.today },
        ...(p.waivers ? { waivers: { file: p.waivers.file, entries: states ?? [] } } : {}),
        ...(outdated ? { outdated } : {}),
        ...(found.npmCounts ? { npmCounts: found.npmCounts } : {}),
        warnings: found.warnings,
    };
}
