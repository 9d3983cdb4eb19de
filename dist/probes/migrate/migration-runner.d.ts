import type pg from 'pg';
import type { MigrationFile } from './migration-files.js';
import { type LockSampler } from './lock-sampler.js';
import type { MigrationResult, StatementResult } from './block.js';
import type { TrafficSnapshot } from './traffic.js';
export interface RunnerEvents {
    migrationStart?(file: string, index: number, total: number): void;
    statementEnd?(file: string, done: number, total: number, s: StatementResult): void;
    migrationEnd?(m: MigrationResult): void;
}
/** Called around each migration file and statement, e.g. to measure traffic meanwhile. */
export interface FileHooks {
    before?(): void;
    statementStart?(index: number): void;
    after?(): Promise<TrafficSnapshot | undefined>;
}
export interface RunOptions {
    client: pg.Client;
    pid: number;
    sampler: LockSampler;
    signal?: AbortSignal;
    events?: RunnerEvents;
    hooks?: FileHooks;
    /** Cancels the statement running on `pid` (from another connection). */
    cancel: () => Promise<void>;
}
/** The server or the connection failed (not the migration's SQL): the run cannot measure. */
export declare function isServerFailure(err: unknown): boolean;
export declare function pgErrorText(err: unknown): string;
/** One migration file; an SQL error fails this file (rolled back) and is returned, not thrown. */
export declare function runMigrationFile(m: MigrationFile, o: RunOptions): Promise<MigrationResult>;
export declare function runMigrations(files: readonly MigrationFile[], o: RunOptions): Promise<MigrationResult[]>;
