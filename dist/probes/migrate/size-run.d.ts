import type { MigrateRun, MigrationResult } from './block.ts';
import type { MigrateOptions } from './migrate-probe.ts';
import { type ScratchServer } from './scratch-server.ts';
/** The median repeat in full (locks, traffic), with each statement's duration its best over repeats. */
export declare function mergeRepeats(repeats: MigrationResult[][]): MigrationResult[];
export interface SizeRunEvents {
    /** Building the data for one size. */
    buildStart?(scale: number, index: number, total: number): void;
    /** One pass of the migrations: size `index` of `total`, round `round` of `rounds`. */
    passStart?(scale: number, index: number, total: number, round: number, rounds: number): void;
}
/**
 * Every size's data is built first; then the migrations run round by round over all sizes
 * (A B C, A B C, …) on fresh copies, so a burst of load from elsewhere hits every size
 * alike instead of spoiling one size's repeats. One pass per size runs on the data itself.
 */
export declare function runSizes(server: ScratchServer, scales: readonly number[], o: MigrateOptions & {
    events?: SizeRunEvents;
}, noteGap: (ms: number) => void, onRun: (runs: MigrateRun[]) => void): Promise<MigrateRun[]>;
