/** Display name: bare in public, schema-qualified elsewhere. SQL shared with the lock queries. */
export const REL_NAME_SQL = `case when n.nspname = 'public' then c.relname::text else n.nspname || '.' || c.relname end`;
export const USER_NS_SQL = `n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'`;
export async function snapshotRelations(client) {
    const r = await client.query(`select c.oid::int8::float8 as oid, ${REL_NAME_SQL} as name, c.relkind::text as kind, c.relfilenode::int8::float8 as filenode, c.reltuples::float8 as rows
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'm', 'p') and ${USER_NS_SQL}`);
    return new Map(r.rows.map((x) => [x.oid, x]));
}
/** Tables present before and after whose storage changed. */
export function rewrittenTables(before, after) {
    const out = [];
    for (const [oid, b] of before) {
        const a = after.get(oid);
        if (a && b.filenode !== 0 && a.filenode !== b.filenode)
            out.push(a.name);
    }
    return out.sort();
}
/** Row counts of user tables, by display name (exact count for small tables is not needed). */
export function tableRows(s) {
    const out = {};
    for (const r of s.values())
        if (r.kind !== 'p')
            out[r.name] = Math.max(0, Math.round(r.rows));
    return out;
}
