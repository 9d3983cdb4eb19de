export interface ProgressTask {
    /** Live status while it runs: `done` of `total` (seconds, rows, statements). Terminal only. */
    update(done: number, total: number, status: string): void;
    /** A line worth keeping in a CI log (a statement finished); on a terminal it prints above the bar. */
    log(line: string): void;
    /** The line that stays: what the task measured. */
    done(summary: string): void;
}
export interface Progress {
    /** A line that always shows (terminal and CI), unless --quiet. */
    line(text: string): void;
    /** A long task, e.g. "step 2/4: 500 connections". */
    task(label: string): ProgressTask;
}
/** For library use and tests: nothing shown. */
export declare const silentProgress: Progress;
