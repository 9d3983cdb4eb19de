import type { GateDef } from '../../core/metric.js';
import type { AuditSettings } from './audit-config.js';
export declare function auditPolicyGates(s: AuditSettings, hasWaivers: boolean): {
    defs: GateDef[];
    where: string;
}[];
