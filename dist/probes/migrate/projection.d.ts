import type { MigrateRun, Projection } from './block.js';
export declare const MIN_R2 = 0.9;
export interface Fit {
    model: 'linear' | 'constant';
    r2: number | null;
    ms: number;
    low: number;
    high: number;
    trusted: boolean;
    untrustedReason?: string;
}
/** Least squares duration = a + b·rows, read at x0 with a 95% prediction interval. */
export declare function fitAndPredict(points: ReadonlyArray<{
    rows: number;
    durationMs: number;
}>, x0: number): Fit;
/** Project every statement of the largest run to `prodRows` (tables not named keep their size). */
export declare function project(runs: readonly MigrateRun[], prodRows: Record<string, number>): Projection | undefined;
