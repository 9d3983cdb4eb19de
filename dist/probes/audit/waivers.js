// Waivers (gates/waivers.yaml): an accepted finding, with an owner, a reason and an expiry.
// A waiver may not outlast its severity's response window from the day it was granted;
// an expired waiver waives nothing, so its findings fail again. Every problem is reported
// at once, each naming the file and the waiver.
import { z } from 'zod';
import { loadFile } from "../../core/load-file.js";
import { UsageError } from "../../core/errors.js";
import { bySeverityDesc, windowDays } from "./severity.js";
const DAY_MS = 86_400_000;
/** A calendar day, YYYY-MM-DD (a Date from a TS/JSON file is taken as its UTC day). */
const Day = z.union([z.string(), z.date()]).transform((v, ctx) => {
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : v.trim();
    // Date.parse rolls 2026-02-30 over to March 2: a real day reads back as itself.
    const t = Date.parse(s);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== s) {
        ctx.addIssue({ code: 'custom', message: `${JSON.stringify(String(v))} is not a day; write YYYY-MM-DD, e.g. 2026-01-31` });
        return z.NEVER;
    }
    return s;
});
export const WaiverDef = z.strictObject({
    /** The advisory: GHSA id, CVE, or npm's numeric id as npm:1094102. */
    id: z.string().min(1),
    /** Only this package. */
    package: z.string().min(1).optional(),
    /** Only findings whose dependency path starts with this, e.g. "github-build > axios". */
    path: z.string().min(1).optional(),
    reason: z.string().min(1),
    owner: z.string().min(1),
    granted: Day,
    expires: Day,
});
export const WaiverFile = z.strictObject({
    description: z.string().optional(),
    waivers: z.array(WaiverDef),
});
export function todayUtc(now = new Date()) {
    return now.toISOString().slice(0, 10);
}
function spanDays(w) {
    return Math.round((Date.parse(w.expires) - Date.parse(w.granted)) / DAY_MS);
}
/** One line per problem, whatever the id or package holds (a YAML block scalar may hold newlines). */
const oneLine = (s) => s.replace(/\s+/g, ' ').trim();
const label = (file, i, w) => `${file}: waivers[${i}] (${oneLine(w.id)}${w.package ? ` in ${oneLine(w.package)}` : ''})`;
/** Load and check what can be checked before any finding is known. */
export async function loadWaivers(file, windows, today) {
    const { data } = await loadFile(file, WaiverFile);
    const longest = Math.max(...Object.values(windows));
    const problems = [];
    data.waivers.forEach((w, i) => {
        const at = label(file, i, w);
        if (w.expires < w.granted)
            problems.push(`${at}: expires ${w.expires} before it was granted ${w.granted}`);
        // A grant dated in the future would stretch every window; the day it was granted is today at the latest.
        else if (w.granted > today)
            problems.push(`${at}: granted ${w.granted} is after today (${today})`);
        else if (spanDays(w) > longest) {
            problems.push(`${at}: lasts ${spanDays(w)} days (${w.granted} → ${w.expires}); no response window is longer than ${longest} days`);
        }
    });
    if (problems.length)
        throw new UsageError(problems.join('\n'), WAIVER_HINT);
    return { file, list: data.waivers };
}
const WAIVER_HINT = "a waiver lasts at most its severity's response window from the day granted: e.g. {id: GHSA-…, reason: …, owner: …, granted: 2026-01-05, expires: 2026-01-08} for a high";
function splitPath(p) {
    return p
        .split('>')
        .map((s) => s.trim())
        .filter(Boolean);
}
function matches(w, f) {
    const ids = [f.id, ...f.aliases].map((s) => s.toLowerCase());
    if (!ids.includes(w.id.toLowerCase()))
        return false;
    if (w.package && w.package !== f.package)
        return false;
    if (w.path) {
        const want = splitPath(w.path);
        if (want.length > f.path.length || want.some((seg, i) => seg !== f.path[i]))
            return false;
    }
    return true;
}
/**
 * Mark waived findings (a copy), check each used waiver against the window of the most
 * severe finding it covers (a usage error naming it when too long), and say which waivers
 * expired or match nothing.
 */
export function applyWaivers(findings, waivers, windows, today) {
    const covered = waivers.list.map(() => []);
    const out = findings.map((f) => {
        const hits = waivers.list.map((w, i) => ({ w, i })).filter(({ w }) => matches(w, f));
        if (!hits.length)
            return { ...f, waived: false };
        for (const h of hits)
            covered[h.i].push(f.severity);
        const active = hits.find(({ w }) => w.expires >= today);
        const { w, i } = active ?? hits[0];
        return { ...f, waived: Boolean(active), waiver: { index: i, owner: w.owner, reason: w.reason, expires: w.expires, expired: !active } };
    });
    const problems = [];
    const warnings = [];
    const states = waivers.list.map((w, i) => {
        const sevs = covered[i].sort(bySeverityDesc);
        const worst = sevs[0];
        if (worst && spanDays(w) > windowDays(windows, worst)) {
            problems.push(`${label(waivers.file, i, w)}: waives a ${worst} finding for ${spanDays(w)} days (${w.granted} → ${w.expires}); ${worst}'s response window is ${windowDays(windows, worst)} day(s)`);
        }
        const state = !worst ? 'unused' : w.expires < today ? 'expired' : 'active';
        if (state === 'unused')
            warnings.push(`${label(waivers.file, i, w)} matches no finding: remove it`);
        if (state === 'expired')
            warnings.push(`${label(waivers.file, i, w)} expired on ${w.expires} (owner ${w.owner}): its ${sevs.length} finding(s) count again`);
        return {
            index: i,
            id: w.id,
            ...(w.package ? { package: w.package } : {}),
            ...(w.path ? { path: w.path } : {}),
            owner: w.owner,
            reason: w.reason,
            granted: w.granted,
            expires: w.expires,
            state,
            matched: sevs.length,
        };
    });
    if (problems.length)
        throw new UsageError(problems.join('\n'), WAIVER_HINT);
    return { findings: out, states, warnings };
}
