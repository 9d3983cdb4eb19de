import type { GateResult } from '../core/result.js';
import type { GateSpec } from './gate-spec.js';
import type { MetricLookup } from '../core/metric.js';
/** Per probe that ran: its metrics, or why it could not measure. */
export type ProbeMetrics = Record<string, MetricLookup | {
    error: string;
}>;
export declare function judgeGate(spec: GateSpec, probes: ProbeMetrics): GateResult;
