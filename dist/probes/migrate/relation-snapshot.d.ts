import type pg from 'pg';
export interface RelationInfo {
    oid: number;
    name: string;
    kind: string;
    filenode: number;
    /** reltuples; -1 when never analyzed. */
    rows: number;
}
export type RelationSnapshot = Map<number, RelationInfo>;
/** Display name: bare in public, schema-qualified elsewhere. SQL shared with the lock queries. */
export declare const REL_NAME_SQL = "case when n.nspname = 'public' then c.relname::text else n.nspname || '.' || c.relname end";
export declare const USER_NS_SQL = "n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'";
export declare function snapshotRelations(client: pg.Client): Promise<RelationSnapshot>;
/** Tables present before and after whose storage changed. */
export declare function rewrittenTables(before: RelationSnapshot, after: RelationSnapshot): string[];
/** Row counts of user tables, by display name (exact count for small tables is not needed). */
export declare function tableRows(s: RelationSnapshot): Record<string, number>;
