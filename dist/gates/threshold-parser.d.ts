import type { Aggregation, MetricType, Operator, Threshold } from '../core/metric.js';
export type { Aggregation, MetricType, Operator, Threshold };
export declare class ThresholdSyntaxError extends Error {
    name: string;
}
export declare function parseThreshold(source: string): Threshold;
/** Step two: is this aggregation defined for this metric's type? */
export declare function validateThreshold(t: Threshold, metricType: MetricType, metricName: string): void;
export declare function aggregationName(a: Aggregation): string;
/** Step three: does the measured value satisfy the threshold? */
export declare function evaluateThreshold(t: Threshold, actual: number): boolean;
