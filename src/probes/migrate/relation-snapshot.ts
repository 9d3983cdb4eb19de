// Which user tables exist, their storage file and size. Taken on the migration's own
// connection (it sees its uncommitted changes) before and after each statement: a table
// whose relfilenode changed was rewritten (ALTER … TYPE, VACUUM FULL, CLUSTER, TRUNCATE…).
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
export const REL_NAME_SQL = `case when n.nspname = 'public' then c.relname::text else n.nspname || '.' || c.relname end`;
export const USER_NS_SQL = `n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'`;

export async function snapshotRelations(client: pg.Client): Promise<RelationSnapshot> {
  const r = await client.query<{ oid: number; name: string; kind: string; filenode: number; rows: number }>(
    `select c.oid::int8::float8 as oid, ${REL_NAME_SQL} as name, c.relkind::text as kind, c.relfilenode::int8::float8 as filenode, c.reltuples::float8 as rows
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'm', 'p') and ${USER_NS_SQL}`,
  );
  return new Map(r.rows.map((x) => [x.oid, x]));
}

/** Tables present before and after whose storage changed. */
export function rewrittenTables(before: RelationSnapshot, after: RelationSnapshot): string[] {
  const out: string[] = [];
  for (const [oid, b] of before) {
    const a = after.get(oid);
    if (a && b.filenode !== 0 && a.filenode !== b.filenode) out.push(a.name);
  }
  return out.sort();
}

/** Row counts of user tables, by display name (exact count for small tables is not needed). */
export function tableRows(s: RelationSnapshot): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of s.values()) if (r.kind !== 'p') out[r.name] = Math.max(0, Math.round(r.rows));
  return out;
}
