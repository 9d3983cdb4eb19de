// The severity policy as gates: `--fail-on high` is the gate "vulns_prod_high_or_above
// count==0", the same one a gate file could write. Gate files add to these, never replace.
// Uncompiled: the runner checks them against the catalog, naming `where` on a problem.
import type { GateDef } from '../../core/metric.ts';
import { vulnMetric } from './metrics.ts';
import type { AuditSettings } from './audit-config.ts';

export function auditPolicyGates(s: AuditSettings, hasWaivers: boolean): { defs: GateDef[]; where: string }[] {
  const out: { defs: GateDef[]; where: string }[] = [];
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
