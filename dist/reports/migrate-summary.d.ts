import type { MigrateProbe } from '../probes/migrate/block.js';
export interface StatementRow {
    file: string;
    status: string;
    index: number;
    sql: string;
    duration: string;
    lock: string;
    rewrote: string;
    projected: string;
}
export declare function firstLine(sql: string, max?: number): string;
/** "AccessExclusiveLock" → "ACCESS EXCLUSIVE", as the PostgreSQL docs name the modes. */
export declare function modeName(mode: string): string;
export declare function statementRows(p: MigrateProbe): StatementRow[];
export declare function datasetLine(p: MigrateProbe): string;
export declare function projectionLine(p: MigrateProbe): string | undefined;
