import type { AuditFinding, AuditProbe } from '../probes/audit/block.js';
export declare function findingStatus(f: AuditFinding, policy: AuditProbe['policy']): string;
export declare function scopeOf(f: AuditFinding): string;
export declare function countsLine(a: AuditProbe): string;
export declare function sourceLine(a: AuditProbe): string;
export declare function policyLine(a: AuditProbe): string;
