import { atOrAbove } from "../probes/audit/severity.js";
export function findingStatus(f, policy) {
    if (f.waived && f.waiver)
        return `waived until ${f.waiver.expires}`;
    const floor = f.dev === true ? policy.devFailOn : policy.failOn;
    const blocks = floor !== 'none' && atOrAbove(f.severity, floor);
    const expired = f.waiver?.expired ? `waiver expired ${f.waiver.expires}; ` : '';
    return `${expired}${blocks ? 'FAILS' : 'reported'}`;
}
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
    const w = Object.entries(a.policy.windowsDays).map(([s, d]) => `${s} ${d}d`).join(', ');
    return `fail on ${a.policy.failOn}+ in prod, ${a.policy.devFailOn === 'none' ? 'dev report only' : `${a.policy.devFailOn}+ in dev`}; waiver windows ${w}; today ${a.policy.today}`;
}
