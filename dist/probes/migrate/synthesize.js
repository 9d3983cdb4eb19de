// Build a dataset inside the scratch database: each table created and filled by COPY
// (pg-copy-streams) in one transaction with FREEZE (no later hint-bit rewrite), then its
// primary key, indexes and foreign keys, then ANALYZE so the planner and reltuples see it.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { loadOrder, scaledRows } from "./dataset.js";
import { canCopyBinary, copyBinaryChunks, copyTextChunks, sqlType } from "./row-generator.js";
const q = pg.escapeIdentifier;
export function createTableSql(name, spec) {
    const cols = Object.entries(spec.columns).map(([c, g]) => `${q(c)} ${sqlType(g)}`);
    return `create table ${q(name)} (${cols.join(', ')})`;
}
/** Fill one table by COPY; the client must not be inside a transaction. */
export async function copyTable(client, name, spec, rows, seed, refRows, opts = {}) {
    await client.query('begin');
    try {
        await client.query(createTableSql(name, spec));
        const cols = Object.keys(spec.columns).map(q).join(', ');
        const binary = canCopyBinary(spec);
        const stream = client.query(copyFrom(`copy ${q(name)} (${cols}) from stdin with (freeze${binary ? ', format binary' : ''})`));
        let done = 0;
        const chunkRows = 2000;
        const chunks = binary
            ? copyBinaryChunks(spec, rows, seed, refRows, chunkRows)
            : copyTextChunks(spec, rows, seed, refRows, chunkRows);
        const source = Readable.from((function* () {
            for (const c of chunks) {
                opts.signal?.throwIfAborted();
                yield c;
                done = Math.min(rows, done + chunkRows);
                if (done % 50_000 < chunkRows || done === rows)
                    opts.onRows?.(done);
            }
        })());
        await pipeline(source, stream);
        await client.query('commit');
    }
    catch (err) {
        await client.query('rollback').catch(() => undefined);
        throw err;
    }
}
export async function synthesize(client, d, scale, opts = {}) {
    const counts = scaledRows(d, scale);
    const refRows = (ref) => counts[ref.split('.')[0]] ?? 0;
    let i = 0;
    for (const table of loadOrder(d)) {
        const spec = d.tables[table];
        const rows = counts[table];
        const t0 = performance.now();
        opts.events?.tableStart?.(table, rows);
        await copyTable(client, table, spec, rows, d.seed + i++ * 7919, refRows, {
            ...(opts.signal ? { signal: opts.signal } : {}),
            onRows: (done) => opts.events?.rows?.(table, done, rows),
        });
        const pk = Object.entries(spec.columns).find(([, g]) => g.gen === 'sequence');
        if (pk)
            await client.query(`alter table ${q(table)} add primary key (${q(pk[0])})`);
        for (const idx of spec.indexes) {
            opts.signal?.throwIfAborted();
            const expr = /^[A-Za-z_]\w*$/.test(idx) ? q(idx) : `(${idx})`;
            await client.query(`create index on ${q(table)} (${expr})`);
        }
        opts.events?.tableEnd?.(table, rows, performance.now() - t0);
    }
    for (const [table, spec] of Object.entries(d.tables)) {
        for (const [col, g] of Object.entries(spec.columns)) {
            if (g.gen !== 'fk' || !g.constraint)
                continue;
            const [rt, rc] = g.references.split('.');
            await client.query(`alter table ${q(table)} add foreign key (${q(col)}) references ${q(rt)} (${q(rc)})`);
        }
    }
    await client.query('analyze');
    return counts;
}
