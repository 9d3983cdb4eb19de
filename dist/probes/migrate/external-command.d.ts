import type pg from 'pg';
import type { LockHold, MigrationResult, TrafficStats } from './block.js';
import type { LockSample, LockSampler } from './lock-sampler.js';
/** Longest continuous hold per (table, mode) seen in samples taken every `intervalMs`. */
export declare function holdsFromSamples(samples: readonly LockSample[], intervalMs: number): LockHold[];
export declare function runExternalCommand(command: string, o: {
    client: pg.Client;
    dbUrl: string;
    sampler: LockSampler;
    excludePids: number[];
    trafficPids?: number[];
    signal?: AbortSignal;
    timeoutMs: number;
    after?: () => Promise<TrafficStats | undefined>;
}): Promise<MigrationResult>;
