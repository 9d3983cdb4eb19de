export interface NpmRun {
    /** Parsed stdout; undefined when stdout was not JSON. */
    json: unknown;
    stdout: string;
    stderr: string;
    code: number | null;
}
export declare function runNpmJson(args: string[], opts: {
    cwd: string;
    timeoutMs: number;
    signal?: AbortSignal;
    npm?: string;
}): Promise<NpmRun>;
/** The last meaningful line npm wrote to stderr, for messages. */
export declare function npmStderrSummary(stderr: string): string;
