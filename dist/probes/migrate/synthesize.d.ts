import pg from 'pg';
import type { DatasetSpec } from './dataset.js';
export interface SynthesisEvents {
    tableStart?(table: string, rows: number): void;
    rows?(table: string, done: number, total: number): void;
    tableEnd?(table: string, rows: number, ms: number): void;
}
export declare function createTableSql(name: string, spec: DatasetSpec['tables'][string]): string;
/** Fill one table by COPY; the client must not be inside a transaction. */
export declare function copyTable(client: pg.Client, name: string, spec: DatasetSpec['tables'][string], rows: number, seed: number, refRows: (ref: string) => number, opts?: {
    signal?: AbortSignal;
    onRows?: (done: number) => void;
}): Promise<void>;
export declare function synthesize(client: pg.Client, d: DatasetSpec, scale: number, opts?: {
    signal?: AbortSignal;
    events?: SynthesisEvents;
}): Promise<Record<string, number>>;
