import type { GateDef } from '../../core/metric.ts';
import type { AuditSettings } from './audit-config.ts';
export declare function auditPolicyGates(s: AuditSettings, hasWaivers: boolean): {
    defs: GateDef[];
    where: string;
}[];
