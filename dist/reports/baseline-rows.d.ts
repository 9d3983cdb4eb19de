import type { BaselineBlock } from '../core/result.js';
export declare function baselineRows(b: BaselineBlock): string[][];
export declare const BASELINE_HEAD: string[];
