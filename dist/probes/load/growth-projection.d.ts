import type { LoadStep } from './block.js';
export interface ResourceSeries {
    name: string;
    unit: string;
    limit: number;
    /** Per step: the value at that level (undefined where not sampled). */
    value: (s: LoadStep) => number | undefined;
}
export interface ResourceProjection {
    name: string;
    unit: string;
    limit: number;
    atCurrent: number;
    projected: number;
    utilizationAtCurrent: number;
    utilizationProjected: number;
    /** Multiple of the current peak at which the trend reaches the limit; null: never (flat or falling). */
    breaksAtMultiple: number | null;
    fit: {
        slope: number;
        intercept: number;
        r2: number;
        points: number;
    };
}
export interface GrowthProjection {
    current: number;
    factor: number;
    resources: ResourceProjection[];
    firstToBreak: {
        name: string;
        multiple: number;
    } | null;
    note?: string;
}
export declare function projectGrowth(steps: LoadStep[], series: ResourceSeries[], current: number, factor: number): GrowthProjection;
/** The series every ramp has (machine, target process) with their limits. */
export declare function standardSeries(steps: LoadStep[]): ResourceSeries[];
