import type { Section } from '../../core/report-model.js';
import type { GateResult } from '../../core/result.js';
import type { AuditFinding, AuditProbe } from './block.js';
/** Does the policy fail this finding (unwaived, at or above its scope's floor)? */
export declare function failsPolicy(f: AuditFinding, policy: AuditProbe['policy']): boolean;
export declare function findingStatus(f: AuditFinding, policy: AuditProbe['policy']): string;
/** A finding whose dev flag is unknown is judged as production: "prod?". */
export declare function scopeOf(f: AuditFinding): string;
export declare function countsLine(a: AuditProbe): string;
export declare function sourceLine(a: AuditProbe): string;
export declare function policyLine(a: AuditProbe): string;
export declare function auditReport(a: AuditProbe, _gates?: GateResult[]): Section[];
