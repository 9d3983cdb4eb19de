import { Result } from './result.js';
export declare const DEFAULT_BASELINE: string;
/** A baseline given as a result.json file or a run folder holding one. */
export declare function resolveBaselinePath(fileOrDir: string): Promise<string>;
export declare function loadBaseline(fileOrDir: string): Promise<{
    path: string;
    result: Result;
}>;
/** Promote a run to the baseline. A failed or errored run is refused unless forced. */
export declare function acceptBaseline(reportDir: string, to: string, force?: boolean): Promise<Result>;
