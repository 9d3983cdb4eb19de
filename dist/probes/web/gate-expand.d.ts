import type { WebProbe } from './block.ts';
import type { GateSpec } from '../../core/metric.ts';
export declare function expandWebGates(gates: GateSpec[], probe: WebProbe | undefined): {
    gates: GateSpec[];
    skipped: GateSpec[];
};
