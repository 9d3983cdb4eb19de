import { type SqlStatement } from './sql-split.js';
export interface MigrationFile {
    file: string;
    path: string;
    version: number;
    statements: SqlStatement[];
    /** Run statement by statement outside a transaction (CONCURRENTLY, or the directive). */
    noTransaction: boolean;
}
/** `name` says where the folder was set, in messages (default: the flag). */
export declare function readMigrations(dir: string, name?: string): Promise<MigrationFile[]>;
