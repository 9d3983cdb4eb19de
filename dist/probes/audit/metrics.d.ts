import type { AuditProbe } from './block.js';
import type { MetricLookup } from '../../core/metric.js';
import { type Severity } from './severity.js';
export declare const SCOPES: readonly ["prod", "dev", "all"];
export type Scope = (typeof SCOPES)[number];
export declare function vulnMetric(scope: Scope, floor: Severity): string;
/** Unwaived findings at or above `floor` in a scope: what the vulns_* counters read. */
export declare function unwaivedCount(probe: Pick<AuditProbe, 'findings'>, scope: Scope, floor: Severity): number;
export declare function auditMetricLookup(probe: AuditProbe): MetricLookup;
