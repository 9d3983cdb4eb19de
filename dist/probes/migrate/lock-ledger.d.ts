import type { LockObservation, LockSample } from './lock-sampler.js';
export interface LockHold {
    relation: string;
    mode: string;
    heldMs: number;
    /** Statement index within the migration that first took it. */
    statement: number;
    /** How long the statement itself waited to get it (ungranted in samples), ms. */
    waitedMs?: number;
}
export declare class LockLedger {
    private open;
    private closed;
    private waiting;
    /** Record what was seen while statement `index` ran between `start` and `end`. */
    observe(index: number, start: number, end: number, samples: readonly LockSample[], ownAtEnd?: readonly LockObservation[]): void;
    /** The transaction ended at `at`: every open lock is released. */
    release(at: number): void;
    /** Locks first taken by statement `index`, strongest mode first. */
    locksOf(index: number): LockHold[];
}
/** PostgreSQL's table lock modes, weakest to strongest. */
export declare const MODE_RANK: Record<string, number>;
