// What a baseline compares for an audit: unwaived production findings at each severity floor
// (one new finding is a change: floor 0.5), and how far behind the furthest dependency is.
import type { Comparable } from '../../core/metric.ts';
import type { AuditProbe } from './block.ts';
import { unwaivedCount, vulnMetric } from './metrics.ts';
import type { Severity } from './severity.ts';

const FLOORS: { floor: Severity; label: string }[] = [
  { floor: 'critical', label: 'unwaived prod findings: critical' },
  { floor: 'high', label: 'unwaived prod findings: high or above' },
  { floor: 'moderate', label: 'unwaived prod findings: moderate or above' },
];

export function auditComparables(a: AuditProbe): Comparable[] {
  if (a.status === 'error') return [];
  const out: Comparable[] = FLOORS.map(({ floor, label }) => ({
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
