import { unwaivedCount, vulnMetric } from "./metrics.js";
const FLOORS = [
    { floor: 'critical', label: 'unwaived prod findings: critical' },
    { floor: 'high', label: 'unwaived prod findings: high or above' },
    { floor: 'moderate', label: 'unwaived prod findings: moderate or above' },
];
export function auditComparables(a) {
    if (a.status === 'error')
        return [];
    const out = FLOORS.map(({ floor, label }) => ({
        probe: 'audit',
        key: `audit.${vulnMetric('prod', floor)}`,
        label,
        unit: 'findings',
        worse: 'higher',
        value: unwaivedCount(a, 'prod', floor),
        absoluteFloor: 0.5,
    }));
    if (a.outdated) {
        out.push({
            probe: 'audit',
            key: 'audit.outdated_majors_behind',
            label: 'most majors behind latest',
            unit: 'majors',
            worse: 'higher',
            value: a.outdated.counts.maxMajorsBehind,
            absoluteFloor: 0.5,
        });
    }
    return out;
}
