import type pg from 'pg';
export interface LockObservation {
    oid: number;
    relation: string;
    mode: string;
    granted: boolean;
    pid?: number;
}
export interface LockSample {
    /** performance.now() at the middle of the query. */
    at: number;
    locks: LockObservation[];
    /** Longest current lock wait among the traffic sessions, ms (0 when none waits). */
    trafficLockWaitMs: number;
}
/** Table locks of the sessions `pidFilter` selects (an SQL condition on l.pid). */
export declare function locksSql(pidFilter: string): string;
export declare class LockSampler {
    private readonly client;
    readonly intervalMs: number;
    private samples;
    private running;
    private loop;
    private watched;
    private traffic;
    private excluded;
    /** Sampling gaps longer than the interval (a busy machine): reported, not hidden. */
    maxGapMs: number;
    constructor(client: pg.Client, intervalMs?: number);
    watch(pids: number[], trafficPids?: number[]): void;
    /** Watch every session in the database except these (for an external tool). */
    watchAllExcept(excluded: number[], trafficPids?: number[]): void;
    start(): void;
    private run;
    /** Position to read samples from later. */
    cursor(): number;
    since(cursor: number): LockSample[];
    stop(): Promise<void>;
}
