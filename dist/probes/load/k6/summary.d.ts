import type { MetricType } from '../../../core/metric.js';
import type { K6Threshold } from '../block.js';
export type SummaryFormat = 'summary-export' | 'handle-summary';
export interface K6Metric {
    type: MetricType;
    /** Stats as k6 names them: avg, min, med, max, p(95), count, rate, passes, fails, value. */
    values: Record<string, number>;
}
export interface K6Summary {
    format: SummaryFormat;
    metrics: Record<string, K6Metric>;
    thresholds: K6Threshold[];
    /** handleSummary's state.testRunDurationMs. */
    testRunDurationMs?: number;
    /** The ramp plan a shipgate-exported script writes beside k6's data (see export-script.ts). */
    plan?: unknown;
}
export declare class SummaryShapeError extends Error {
    name: string;
}
/** Reads either summary shape; throws SummaryShapeError naming what is wrong. */
export declare function parseK6Summary(raw: unknown): K6Summary;
/** A Rate metric's rate: handleSummary has `rate`, the legacy export `value`. */
export declare function rateOf(m: K6Metric | undefined): number | undefined;
