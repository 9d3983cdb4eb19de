import type { AuditProbe } from '../probes/audit/block.ts';
export declare function auditTerminal(a: AuditProbe): string;
