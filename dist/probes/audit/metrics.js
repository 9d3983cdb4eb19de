import { SEVERITIES, atOrAbove } from "./severity.js";
export const SCOPES = ['prod', 'dev', 'all'];
export function vulnMetric(scope, floor) {
    return `vulns_${scope}_${floor}_or_above`;
}
/** Unwaived findings at or above `floor` in a scope: what the vulns_* counters read. */
export function unwaivedCount(probe, scope, floor) {
    return probe.findings.filter((f) => !f.waived && atOrAbove(f.severity, floor) && (scope === 'all' || (scope === 'dev') === (f.dev === true))).length;
}
const counter = (n, at) => ({ type: 'counter', trusted: true, at, read: (a) => (a.kind === 'count' ? n : undefined) });
export function auditMetricLookup(probe) {
    const at = probe.source === 'advisories' ? 'offline advisories' : probe.source === 'audit-json' ? `saved report ${probe.input}` : probe.input;
    const waivers = probe.waivers?.entries ?? [];
    return (name) => {
        const m = /^vulns_(prod|dev|all)_([a-z]+)_or_above$/.exec(name);
        if (m && SEVERITIES.includes(m[2])) {
            return counter(unwaivedCount(probe, m[1], m[2]), at);
        }
        if (name === 'vulns_waived')
            return counter(probe.findings.filter((f) => f.waived).length, at);
        if (name === 'waivers_expired')
            return counter(waivers.filter((w) => w.state === 'expired').length, probe.waivers?.file ?? 'no waiver file');
        if (name === 'waivers_unused')
            return counter(waivers.filter((w) => w.state === 'unused').length, probe.waivers?.file ?? 'no waiver file');
        if (name.startsWith('outdated_')) {
            const o = probe.outdated;
            if (!o)
                return { missing: 'no update check ran: pass --outdated or --outdated-json FILE' };
            const c = o.counts;
            const values = {
                outdated_total: c.total,
                outdated_major: c.major,
                outdated_minor: c.minor,
                outdated_patch: c.patch,
                outdated_needs_review: c.needsReview,
            };
            if (name === 'outdated_majors_behind') {
                return { type: 'gauge', trusted: true, at: o.input, read: (a) => (a.kind === 'value' ? c.maxMajorsBehind : undefined) };
            }
            if (values[name] !== undefined)
                return counter(values[name], o.input);
        }
        return { missing: `unknown audit metric ${name}` };
    };
}
