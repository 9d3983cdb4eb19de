import { AuditProbe } from "./block.js";
import { AUDIT_FLAGS, AuditConfig } from "./audit-config.js";
import { auditErrorBlock, measureAudit, prepareAudit } from "./audit-probe.js";
import { auditPolicyGates } from "./policy-gates.js";
import { AUDIT_CATALOG } from "./catalog.js";
import { auditMetricLookup } from "./metrics.js";
import { auditComparables } from "./comparables.js";
import { auditReport } from "./report.js";
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
};
