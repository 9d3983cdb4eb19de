import type { MetricSpread } from './block.js';
/** `runs[i][name]`; a run that lacks the metric leaves null in `values`. */
export declare function spreadOf(runs: Record<string, number>[], medianRun?: number): Record<string, MetricSpread>;
/** Linear interpolation between closest ranks (the same definition as k6's p(N)). */
export declare function percentile(values: number[], p: number): number;
