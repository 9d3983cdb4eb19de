import type { TrafficStats } from './block.js';
export interface TrafficOptions {
    url: string;
    connections?: number;
    /** Pause between one client's queries: keeps the load light. */
    pauseMs?: number;
    /** Share of writes, 0..1. */
    writeShare?: number;
    /** No traffic query waits longer than this (it then counts as an error). */
    queryTimeoutMs?: number;
}
export interface TrafficSnapshot {
    /** The whole migration file, from before BEGIN until after COMMIT. */
    file: TrafficStats;
    /** Per statement: the queries that started while it ran (or before the next one). */
    statements: TrafficStats[];
}
export declare class TrafficWorkload {
    private readonly o;
    private clients;
    private targets;
    private running;
    private loops;
    private file;
    private stmts;
    private current;
    constructor(o: TrafficOptions);
    get pids(): number[];
    start(): Promise<void>;
    /** Start a new measurement window (one per migration file). */
    reset(): void;
    /** Statement `index` starts: queries from now on count for it too. */
    statementStart(index: number): void;
    /** Longest lock wait seen by the sampler for these sessions (for the file, or a statement). */
    noteLockWait(ms: number, statement?: number): void;
    snapshot(): TrafficSnapshot;
    private loop;
    stop(): Promise<void>;
}
