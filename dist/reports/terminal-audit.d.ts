import type { AuditProbe } from '../probes/audit/block.js';
export declare function auditTerminal(a: AuditProbe): string;
