// The audit probe's metrics as gates read them. Vulnerability counters count UNWAIVED
// findings by scope and severity floor, so a gate file can say "no unwaived high+ findings
// in production dependencies": `vulns_prod_high_or_above: count==0`. A finding whose dev
// flag is unknown counts as production (fail closed).
import type { AuditProbe } from './block.ts';
import type { MetricLookup, MetricValue } from '../../core/metric.ts';
import type { MetricType } from '../../gates/threshold-parser.ts';
import { SEVERITIES, atOrAbove, type Severity } from './severity.ts';

const SCOPES = ['prod', 'dev', 'all'] as const;
type Scope = (typeof SCOPES)[number];

export function vulnMetric(scope: Scope, floor: Severity): string {
  return `vulns_${scope}_${floor}_or_above`;
}

const OUTDATED_COUNTERS = ['outdated_total', 'outdated_major', 'outdated_minor', 'outdated_patch', 'outdated_needs_review'] as const;

export const auditMetricTypes: Record<string, MetricType> = {
  ...Object.fromEntries(SCOPES.flatMap((scope) => SEVERITIES.map((s) => [vulnMetric(scope, s), 'counter' as const]))),
  /** Findings an active waiver covers. */
  vulns_waived: 'counter',
  waivers_expired: 'counter',
  /** Waivers that match no finding. */
  waivers_unused: 'counter',
  ...Object.fromEntries(OUTDATED_COUNTERS.map((m) => [m, 'counter' as const])),
  /** The most major versions any dependency is behind its latest release. */
  outdated_majors_behind: 'gauge',
};

const counter = (n: number, at: string): MetricValue => ({ type: 'counter', trusted: true, at, read: (a) => (a.kind === 'count' ? n : undefined) });

export function auditMetricLookup(probe: AuditProbe): MetricLookup {
  const at = probe.source === 'advisories' ? 'offline advisories' : probe.source === 'audit-json' ? `saved report ${probe.input}` : probe.input;
  const waivers = probe.waivers?.entries ?? [];
  return (name) => {
    const m = /^vulns_(prod|dev|all)_([a-z]+)_or_above$/.exec(name);
    if (m && (SEVERITIES as readonly string[]).includes(m[2]!)) {
      const scope = m[1] as Scope;
      const floor = m[2] as Severity;
      const n = probe.findings.filter(
        (f) => !f.waived && atOrAbove(f.severity, floor) && (scope === 'all' || (scope === 'dev') === (f.dev === true)),
      ).length;
      return counter(n, at);
    }
    if (name === 'vulns_waived') return counter(probe.findings.filter((f) => f.waived).length, at);
    if (name === 'waivers_expired') return counter(waivers.filter((w) => w.state === 'expired').length, probe.waivers?.file ?? 'no waiver file');
    if (name === 'waivers_unused') return counter(waivers.filter((w) => w.state === 'unused').length, probe.waivers?.file ?? 'no waiver file');
    if (name.startsWith('outdated_')) {
      const o = probe.outdated;
      if (!o) return { missing: 'no update check ran: pass --outdated or --outdated-json FILE' };
      const c = o.counts;
      const values: Record<string, number> = {
        outdated_total: c.total,
        outdated_major: c.major,
        outdated_minor: c.minor,
        outdated_patch: c.patch,
        outdated_needs_review: c.needsReview,
      };
      if (name === 'outdated_majors_behind') {
        return { type: 'gauge', trusted: true, at: o.input, read: (a) => (a.kind === 'value' ? c.maxMajorsBehind : undefined) };
      }
      if (values[name] !== undefined) return counter(values[name], o.input);
    }
    return { missing: `unknown audit metric ${name}` };
  };
}
