import type { ProbeBlocks, Result } from './result.js';
import type { GateSpec } from '../core/metric.js';
import { type BaselinePolicy } from '../baseline/compare.js';
export declare const TOOL: {
    name: "shipgate";
    version: string;
};
export declare function defaultOutDir(now?: Date): string;
export interface OutputMode {
    /** Print result.json on stdout instead of the summary. */
    json?: boolean;
    /** No progress, only the verdict line. */
    quiet?: boolean;
}
export declare class RunSession {
    readonly command: string;
    readonly outDir: string;
    readonly output: OutputMode;
    private readonly log;
    readonly startedAt: string;
    readonly controller: AbortController;
    probes: ProbeBlocks;
    gates: GateSpec[];
    interrupted: boolean;
    /** The accepted run to compare with (`--baseline`), and how to judge the differences. */
    baseline: {
        path: string;
        result: Result;
        policy: BaselinePolicy;
    } | undefined;
    /** A baseline the config names that does not exist: nothing is compared, and it is said. */
    baselineMissing: {
        path: string;
        policy: BaselinePolicy;
    } | undefined;
    message: string | undefined;
    private signals;
    private readonly onSignal;
    private capTimer;
    constructor(command: string, outDir: string, output?: OutputMode, log?: (line: string) => void);
    get signal(): AbortSignal;
    get resultPath(): string;
    installSignalHandlers(): void;
    removeSignalHandlers(): void;
    /** Abort the session when the whole run outlives its cap. */
    capRunTime(maxMs: number): void;
    private handleSignal;
    build(): Result;
    /** Judge, write every report, print the summary (or result.json with --json); returns the exit code. */
    finish(print?: (text: string) => void): Promise<{
        result: Result;
        exitCode: number;
    }>;
}
