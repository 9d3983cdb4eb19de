import type { Comparable } from '../../core/metric.ts';
import type { AuditProbe } from './block.ts';
export declare function auditComparables(a: AuditProbe): Comparable[];
