import type { K6Summary } from './summary.js';
export interface MergedSummary extends K6Summary {
    runners: number;
    percentiles: 'exact' | 'upper-bound';
}
export declare function mergeSummaries(list: K6Summary[]): MergedSummary;
