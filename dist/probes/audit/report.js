import { atOrAbove } from "./severity.js";
/** Does the policy fail this finding (unwaived, at or above its scope's floor)? */
export function failsPolicy(f, policy) {
    if (f.waived)
        return false;
    const floor = f.dev === true ? policy.devFailOn : policy.failOn;
    return floor !== 'none' && atOrAbove(f.severity, floor);
}
export function findingStatus(f, policy) {
    if (f.waived && f.waiver)
        return `waived until ${f.waiver.expires} by ${f.waiver.owner}`;
    const expired = f.waiver?.expired ? `waiver expired ${f.waiver.expires}; ` : '';
    return `${expired}${failsPolicy(f, policy) ? 'FAILS' : 'reported'}`;
}
/** A finding whose dev flag is unknown is judged as production: "prod?". */
export function scopeOf(f) {
    return f.dev === true ? 'dev' : f.dev === false ? 'prod' : 'prod?';
}
export function countsLine(a) {
    const sev = Object.entries(a.counts.bySeverity)
        .filter(([, c]) => c.total > 0)
        .map(([s, c]) => `${s} ${c.total}`)
        .join(', ');
    const prod = Object.values(a.counts.bySeverity).reduce((n, c) => n + c.unwaivedProd, 0);
    const dev = Object.values(a.counts.bySeverity).reduce((n, c) => n + c.unwaivedDev, 0);
    return `${a.counts.total} finding(s)${sev ? ` (${sev})` : ''}; waived ${a.counts.waived}; unwaived ${a.counts.unwaived} (prod ${prod}, dev ${dev})`;
}
export function sourceLine(a) {
    const what = a.source === 'npm-audit' ? 'npm audit' : a.source === 'audit-json' ? `saved npm audit report (v${a.reportVersion ?? '?'})` : 'offline advisories';
    return `${what}: ${a.input}`;
}
export function policyLine(a) {
    const w = Object.entries(a.policy.windowsDays)
        .map(([s, d]) => `${s} ${d}d`)
        .join(', ');
    return `fail on ${a.policy.failOn}+ in prod, ${a.policy.devFailOn === 'none' ? 'dev report only' : `${a.policy.devFailOn}+ in dev`}; waiver windows ${w}; today ${a.policy.today}`;
}
export function auditReport(a, _gates = []) {
    const blocks = [];
    // The runner prints a probe's error on the terminal itself.
    if (a.status === 'error')
        blocks.push({ kind: 'note', text: `Could not audit: ${a.message ?? 'unknown error'}`, tone: 'bad' });
    blocks.push({ kind: 'note', text: sourceLine(a), terminal: true }, { kind: 'note', text: policyLine(a), terminal: true });
    // An error block keeps what was measured (findings of a live audit whose update check failed).
    const measured = a.status !== 'error' || a.findings.length > 0;
    if (measured)
        blocks.push(findingsTable(a));
    if (a.counts.total > 0)
        blocks.push(severityFacts(a));
    if (a.waivers?.entries.length)
        blocks.push(waiversTable(a));
    if (a.outdated)
        blocks.push(updatesTable(a.outdated));
    for (const w of a.warnings)
        blocks.push({ kind: 'note', text: w, tone: 'warn', terminal: true });
    const fails = a.findings.some((f) => failsPolicy(f, a.policy));
    return [
        {
            id: 'audit',
            title: 'Dependency audit',
            ...(measured ? { headline: { text: countsLine(a), ...(fails ? { tone: 'bad' } : {}) } } : {}),
            blocks,
        },
    ];
}
function findingsTable(a) {
    return {
        kind: 'table',
        title: 'Findings',
        terminalRows: 25,
        columns: [
            { label: 'severity', unit: 'text' },
            { label: 'advisory', unit: 'text' },
            { label: 'title', unit: 'text', terminal: false },
            { label: 'package', unit: 'text' },
            { label: 'path', unit: 'text' },
            { label: 'scope', unit: 'text' },
            { label: 'fixed in', unit: 'text' },
            { label: 'status', unit: 'text' },
        ],
        rows: a.findings.map((f) => [
            f.severity,
            f.url ? { text: f.id, href: f.url } : f.id,
            f.title,
            `${f.package}${f.version ? `@${f.version}` : ''}`,
            f.path.join(' > '),
            scopeOf(f),
            f.fixedIn,
            statusCell(f, a.policy),
        ]),
        empty: 'No known vulnerabilities in the audited dependencies.',
    };
}
function statusCell(f, policy) {
    const text = findingStatus(f, policy);
    if (failsPolicy(f, policy))
        return { text, tone: 'bad' };
    if (f.waiver?.expired)
        return { text, tone: 'warn' };
    return text;
}
function severityFacts(a) {
    return {
        kind: 'facts',
        title: 'By severity',
        items: Object.entries(a.counts.bySeverity)
            .filter(([, c]) => c.total > 0)
            .map(([s, c]) => ({ label: s, value: `${c.total}: unwaived ${c.unwaivedProd} prod, ${c.unwaivedDev} dev; waived ${c.waived}` })),
    };
}
const WAIVER_TONE = { active: 'good', expired: 'bad', unused: 'warn' };
function waiversTable(a) {
    const w = a.waivers;
    return {
        kind: 'table',
        title: `Waivers (${w.file})`,
        columns: [
            { label: 'advisory', unit: 'text' },
            { label: 'scope', unit: 'text', terminal: false },
            { label: 'owner', unit: 'text' },
            { label: 'reason', unit: 'text', terminal: false },
            { label: 'granted', unit: 'text', terminal: false },
            { label: 'expires', unit: 'text' },
            { label: 'state', unit: 'text' },
            { label: 'findings', unit: 'count' },
        ],
        rows: w.entries.map((e) => [
            e.id,
            [e.package, e.path].filter(Boolean).join(' · ') || 'any',
            e.owner,
            e.reason,
            e.granted,
            e.expires,
            { text: e.state, tone: WAIVER_TONE[e.state] ?? 'muted' },
            e.matched,
        ]),
    };
}
function updatesTable(o) {
    const c = o.counts;
    return {
        kind: 'table',
        title: `Updates (${o.input}): ${c.total} outdated: major ${c.major}, minor ${c.minor}, patch ${c.patch}; ${c.needsReview} need review`,
        columns: [
            { label: 'package', unit: 'text' },
            { label: 'current', unit: 'text' },
            { label: 'wanted', unit: 'text', terminal: false },
            { label: 'latest', unit: 'text' },
            { label: 'update', unit: 'text' },
            { label: 'review', unit: 'text' },
        ],
        rows: o.packages.map((p) => [
            p.name,
            p.current,
            p.wanted,
            p.latest,
            p.type,
            p.needsReview ? { text: `review (${p.majorsBehind} major${p.majorsBehind === 1 ? '' : 's'} behind)`, tone: 'warn' } : '',
        ]),
        empty: 'Every dependency is on its latest release.',
    };
}
