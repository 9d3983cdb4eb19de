import type { AuditProbe } from '../probes/audit/block.ts';
export declare function auditSection(a: AuditProbe): string[];
