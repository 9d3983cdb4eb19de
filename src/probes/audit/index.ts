// The audit probe: dependency vulnerabilities from a live `npm audit`, a saved report or
// offline OSV advisories, judged against the playbook's response windows with waivers that
// expire; optionally the update policy from `npm outdated`.
import type { Probe } from '../../core/probe.ts';
import { AuditProbe } from './block.ts';
import { AUDIT_FLAGS, AuditConfig, type AuditConfigInput, type AuditSettings } from './audit-config.ts';
import { auditErrorBlock, measureAudit, prepareAudit, type AuditPrepared } from './audit-probe.ts';
import { auditPolicyGates } from './policy-gates.ts';
import { AUDIT_CATALOG } from './catalog.ts';
import { auditMetricLookup } from './metrics.ts';
import { auditComparables } from './comparables.ts';
import { auditReport } from './report.ts';

export const auditProbe = {
  name: 'audit',
  description: 'dependency vulnerabilities (npm audit, a saved report or offline advisories) with expiring waivers, and the update policy',
  config: AuditConfig,
  command: { name: 'audit', description: 'audit dependencies for known vulnerabilities; waivers expire with the response windows', flags: AUDIT_FLAGS },
  block: AuditProbe,

  // Waivers, a saved report, offline advisories and the lockfile are read and checked here.
  prepare: (c, ctx) => prepareAudit(c, undefined, ctx.where),
  measure: (p, ctx) => measureAudit(p, ctx.signal, ctx.progress),
  errorBlock: auditErrorBlock,
  describe: (p) => p.input,

  gates: {
    defaults: () => ['default.gates.yaml'],
    extra: (p) => auditPolicyGates(p.settings, Boolean(p.waivers)),
  },

  metrics: { catalog: AUDIT_CATALOG, lookup: auditMetricLookup },
  comparables: auditComparables,
  report: auditReport,
} satisfies Probe<'audit', AuditConfigInput, AuditSettings, AuditPrepared, AuditProbe>;
