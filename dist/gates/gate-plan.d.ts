import type { GateDef, GateSpec } from '../core/metric.js';
import { type Catalogs } from './gate-spec.js';
/** The gate files shipped with shipgate (`gates/` in the package). */
export declare const PACKAGED_GATES_DIR: string;
export declare function packagedGates(name: string): string;
export interface ProbeGateRequest {
    probe: string;
    /** Packaged default files (names in gates/), judged when no user file has this probe's section. */
    defaults: string[];
    /** Gates the probe's settings add whatever the files say. */
    extra: {
        defs: GateDef[];
        where: string;
    }[];
}
export interface GatePlanRequest {
    /** The user's gate files (config `gates:` or `--gates`), in order. */
    files: readonly string[];
    /** The probes that will run, in order. */
    probes: readonly ProbeGateRequest[];
    catalogs: Catalogs;
}
export declare function planGates(r: GatePlanRequest): Promise<GateSpec[]>;
