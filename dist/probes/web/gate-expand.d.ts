import type { WebProbe } from './block.js';
import type { GateSpec } from '../../core/metric.js';
export declare function expandWebGates(gates: GateSpec[], probe: WebProbe | undefined): {
    gates: GateSpec[];
    skipped: GateSpec[];
};
