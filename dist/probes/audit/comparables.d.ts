import type { Comparable } from '../../core/metric.js';
import type { AuditProbe } from './block.js';
export declare function auditComparables(a: AuditProbe): Comparable[];
