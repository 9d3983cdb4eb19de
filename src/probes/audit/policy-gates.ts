// The severity policy as gates: `--fail-on high` is the gate "vulns_prod_high_or_above
// count==0", the same one a gate file could write. Gate files add to these, never replace.
import { compileGate, type GateSpec } from '../../gates/gate-spec.ts';
import { vulnMetric } from './metrics.ts';
import type { AuditSettings } from './audit-config.ts';

export function auditPolicyGates(s: AuditSettings, hasWaivers: boolean): GateSpec[] {
  const gates: GateSpec[] = [];
  if (s.failOn !== 'none') {
    gates.push(compileGate('audit', { id: 'audit-prod', metric: vulnMetric('prod', s.failOn), expression: 'count==0', level: 'fail' }, 'audit failOn'));
  }
  if (s.devFailOn !== 'none') {
    gates.push(compileGate('audit', { id: 'audit-dev', metric: vulnMetric('dev', s.devFailOn), expression: 'count==0', level: 'fail' }, 'audit devFailOn'));
  }
  if (hasWaivers) {
    // An expired waiver already fails its findings when they reach the floor; this says so
    // even when they do not. A waiver that matches nothing is clutter to remove.
    gates.push(compileGate('audit', { id: 'audit-waivers-expired', metric: 'waivers_expired', expression: 'count==0', level: 'warn' }, 'audit waivers'));
    gates.push(compileGate('audit', { id: 'audit-waivers-unused', metric: 'waivers_unused', expression: 'count==0', level: 'warn' }, 'audit waivers'));
  }
  if (s.maxMajorsBehind !== undefined) {
    gates.push(
      compileGate('audit', { id: 'audit-majors-behind', metric: 'outdated_majors_behind', expression: `value<=${s.maxMajorsBehind}`, level: 'fail' }, 'audit maxMajorsBehind'),
    );
  }
  return gates;
}
