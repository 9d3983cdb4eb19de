import type { Verdict } from './result.js';
export declare const ExitCode: {
    readonly pass: 0;
    readonly gateFailed: 1;
    readonly usage: 2;
    readonly probeError: 3;
    readonly interrupted: 130;
};
/** Bad flag, bad config, bad expression: exit 2. The message names the file and path. */
export declare class UsageError extends Error {
    readonly hint?: string | undefined;
    name: string;
    readonly exitCode: 2;
    constructor(message: string, hint?: string | undefined);
}
/** A probe could not measure (target down, no browser...): verdict error, exit 3. */
export declare class ProbeError extends Error {
    name: string;
    readonly exitCode: 3;
}
/** Ctrl-C / SIGTERM arrived: stop, write the partial result, exit 130. */
export declare class InterruptedError extends Error {
    name: string;
    readonly exitCode: 130;
    constructor();
}
export declare function errorMessage(err: unknown): string;
/** The exit code a finished run leaves with. */
export declare function exitCodeFor(verdict: Verdict, interrupted?: boolean): number;
