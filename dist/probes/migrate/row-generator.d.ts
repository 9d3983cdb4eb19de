import type { ColumnGen, TableSpec } from './dataset.js';
export declare function sqlType(g: ColumnGen): string;
/** Binary COPY needs to know each column's wire format: only with default types. */
export declare function canCopyBinary(spec: TableSpec): boolean;
/** "YYYY-MM-DD HH:MM:SS+00": Date#toISOString per cell was the slowest part of a row. */
export declare function timestampText(ms: number): string;
/** COPY text for rows [0, rows) of a table, in chunks of `chunkRows` rows. */
export declare function copyTextChunks(spec: TableSpec, rows: number, seed: number, refRows: (ref: string) => number, chunkRows?: number): Generator<string>;
/** Binary COPY for rows [0, rows): header, tuples, trailer (PostgreSQL COPY BINARY format). */
export declare function copyBinaryChunks(spec: TableSpec, rows: number, seed: number, refRows: (ref: string) => number, chunkRows?: number): Generator<Buffer>;
/** The same generator as a SQL expression over `g` (the generate_series value, from 0). */
export declare function sqlExpression(g: ColumnGen, refRows: (ref: string) => number): string;
