import type { GateResult } from '../core/result.ts';
import type { GateSpec } from './gate-spec.ts';
import type { MetricLookup } from '../core/metric.ts';
/** Per probe that ran: its metrics, or why it could not measure. */
export type ProbeMetrics = Record<string, MetricLookup | {
    error: string;
}>;
export declare function judgeGate(spec: GateSpec, probes: ProbeMetrics): GateResult;
