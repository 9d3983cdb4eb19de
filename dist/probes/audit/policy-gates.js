import { vulnMetric } from "./metrics.js";
export function auditPolicyGates(s, hasWaivers) {
    const out = [];
    if (s.failOn !== 'none') {
        out.push({ where: 'audit failOn', defs: [{ id: 'audit-prod', metric: vulnMetric('prod', s.failOn), expression: 'count==0', level: 'fail' }] });
    }
    if (s.devFailOn !== 'none') {
        out.push({ where: 'audit devFailOn', defs: [{ id: 'audit-dev', metric: vulnMetric('dev', s.devFailOn), expression: 'count==0', level: 'fail' }] });
    }
    if (hasWaivers) {
        // An expired waiver already fails its findings when they reach the floor; this says so
        // even when they do not. A waiver that matches nothing is clutter to remove.
        out.push({
            where: 'audit waivers',
            defs: [
                { id: 'audit-waivers-expired', metric: 'waivers_expired', expression: 'count==0', level: 'warn' },
                { id: 'audit-waivers-unused', metric: 'waivers_unused', expression: 'count==0', level: 'warn' },
            ],
        });
    }
    if (s.maxMajorsBehind !== undefined) {
        out.push({
            where: 'audit maxMajorsBehind',
            defs: [{ id: 'audit-majors-behind', metric: 'outdated_majors_behind', expression: `value<=${s.maxMajorsBehind}`, level: 'fail' }],
        });
    }
    return out;
}
