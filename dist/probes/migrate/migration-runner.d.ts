import type pg from 'pg';
import type { MigrationFile } from './migration-files.ts';
import { type LockSampler } from './lock-sampler.ts';
import type { MigrationResult, StatementResult } from './block.ts';
import type { TrafficSnapshot } from './traffic.ts';
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
