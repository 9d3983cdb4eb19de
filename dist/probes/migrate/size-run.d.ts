import type { MigrateRun, MigrationResult } from './block.js';
import type { MigrateOptions, SizeRunEvents } from './options.js';
import { type ScratchServer } from './scratch-server.js';
/** The median repeat in full (locks, traffic), with each statement's duration its best over repeats. */
export declare function mergeRepeats(repeats: MigrationResult[][]): MigrationResult[];
/**
 * Every size's data is built first; then the migrations run round by round over all sizes
 * (A B C, A B C, …) on fresh copies, so a burst of load from elsewhere hits every size
 * alike instead of spoiling one size's repeats. One pass per size runs on the data itself.
 */
export declare function runSizes(server: ScratchServer, scales: readonly number[], o: MigrateOptions & {
    events?: SizeRunEvents;
}, noteGap: (ms: number) => void, onRun: (runs: MigrateRun[]) => void): Promise<MigrateRun[]>;
