import type { BreakingPoint, LoadStep } from './block.js';
import type { BreakingCriteria } from './scenario.js';
/** Reasons this step breaks the criteria; empty when it held. */
export declare function stepBreaks(step: Pick<LoadStep, 'requests' | 'errorRate' | 'latencyMs' | 'rps' | 'offeredRps'>, c: BreakingCriteria): string[];
/** In rate mode, an achieved rate below this share of the offered rate is a shortfall. */
export declare const RATE_SHORTFALL = 0.95;
export declare function pct(x: number): string;
/** The next level to try when bisecting, or undefined when the interval is tight enough. */
export declare function nextBisection(lastGood: number, firstBad: number, tolerance: number): number | undefined;
export declare function describeBreakingPoint(steps: LoadStep[], unit: string): BreakingPoint;
