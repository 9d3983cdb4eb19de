import type { Aggregation, MetricType, Operator, Threshold } from '../lib/threshold.js';
export type { Aggregation, MetricType, Operator, Threshold };
/** One measured metric, able to answer any aggregation its type allows. */
export interface MetricValue {
    type: MetricType;
    /** undefined: this aggregation was not measured. */
    read(agg: Aggregation): number | undefined;
    /** Where it was measured, e.g. "level 100". */
    at?: string;
    /** false: the numbers are not honest enough to pass a gate (e.g. generator saturated). */
    trusted: boolean;
    untrustedReason?: string;
}
/** Metrics of one probe block: a value, or the reason it could not be measured. */
export type MetricLookup = (metric: string) => MetricValue | {
    missing: string;
};
export type GateLevel = 'warn' | 'fail';
/** A gate as written in a gate file, or built by a probe from its settings. */
export interface GateDef {
    id?: string;
    metric: string;
    expression: string;
    level?: GateLevel;
    /** Dropped, not failed, when its tags match nothing measured. */
    optional?: boolean;
    description?: string;
    /** Where it was written (a budget.json): annotations point at it. */
    source?: {
        file: string;
        line?: number;
    };
}
/** A gate parsed and checked against its probe's metric catalog, ready to judge. */
export interface GateSpec {
    id: string;
    probe: string;
    metric: string;
    expression: string;
    threshold: Threshold;
    level: GateLevel;
    optional?: boolean;
    /** One of the playbook's defaults (not named by the user). */
    fromDefaults?: boolean;
    source?: {
        file: string;
        line?: number;
    };
}
/** A metric a run can be compared on with its baseline. */
export interface Comparable {
    probe: string;
    /** Stable key, e.g. "load.http_req_duration.p95@100"; the same key is looked up in the baseline. */
    key: string;
    label: string;
    unit: string;
    worse: 'higher' | 'lower';
    value: number;
    samples?: number[];
    /** Changes smaller than this (in the metric's unit) are never a regression: noise floor. */
    absoluteFloor?: number;
}
