import type { AuditProbe } from '../probes/audit/block.js';
export declare function auditSection(a: AuditProbe): string[];
