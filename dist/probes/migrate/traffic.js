// --traffic: what users would feel while a migration runs. A few connections run a light
// read/write mix (point SELECT and a no-op UPDATE by primary key) on the tables that have a
// single-column integer primary key; latencies go into an HDR histogram per migration file,
// and the lock sampler watches these sessions for lock waits.
import pg from 'pg';
import { encodeHistogram, latencyFromHistogram, newLatencyHistogram } from "../../lib/histogram.js";
import { USER_NS_SQL } from "./relation-snapshot.js";
/** Latencies of the traffic queries that started inside one window. */
class Window {
    hist = newLatencyHistogram();
    queries = 0;
    errors = 0;
    maxWait = 0;
    stats() {
        const l = latencyFromHistogram(this.hist);
        return {
            queries: this.queries,
            errors: this.errors,
            latencyMs: { p50: l.p50 ?? 0, p95: l.p95 ?? 0, p99: l.p99 ?? 0, max: l.max ?? 0 },
            maxLockWaitMs: Math.round(this.maxWait * 10) / 10,
            ...(this.queries ? { histogram: encodeHistogram(this.hist) } : {}),
        };
    }
}
export class TrafficWorkload {
    o;
    clients = [];
    targets = [];
    running = false;
    loops = [];
    file = new Window();
    stmts = [];
    current = -1;
    constructor(o) {
        this.o = o;
    }
    get pids() {
        return this.clients.map((c) => c.processID);
    }
    async start() {
        const n = this.o.connections ?? 2;
        for (let i = 0; i < n; i++) {
            const c = new pg.Client({ connectionString: this.o.url, application_name: 'shipgate-traffic', statement_timeout: this.o.queryTimeoutMs ?? 60_000 });
            await c.connect();
            c.on('error', () => undefined);
            this.clients.push(c);
        }
        this.targets = await discoverTargets(this.clients[0]);
        this.running = true;
        this.loops = this.clients.map((c, i) => this.loop(c, i));
    }
    /** Start a new measurement window (one per migration file). */
    reset() {
        this.file = new Window();
        this.stmts = [];
        this.current = -1;
    }
    /** Statement `index` starts: queries from now on count for it too. */
    statementStart(index) {
        this.current = index;
        this.stmts[index] = new Window();
    }
    /** Longest lock wait seen by the sampler for these sessions (for the file, or a statement). */
    noteLockWait(ms, statement) {
        const w = statement === undefined ? this.file : this.stmts[statement];
        if (w)
            w.maxWait = Math.max(w.maxWait, ms);
    }
    snapshot() {
        return { file: this.file.stats(), statements: Array.from(this.stmts, (w) => (w ?? new Window()).stats()) };
    }
    async loop(c, seed) {
        let k = seed;
        const pause = this.o.pauseMs ?? 20;
        const writeShare = this.o.writeShare ?? 0.2;
        while (this.running && this.targets.length) {
            const t = this.targets[k++ % this.targets.length];
            const id = 1 + Math.floor(Math.random() * Math.max(1, t.maxId));
            const write = Math.random() < writeShare;
            const pk = pg.escapeIdentifier(t.pk);
            const sql = write ? `update ${t.ref} set ${pk} = ${pk} where ${pk} = $1` : `select * from ${t.ref} where ${pk} = $1`;
            const windows = [this.file, ...(this.current >= 0 ? [this.stmts[this.current]] : [])];
            const t0 = performance.now();
            try {
                await c.query(sql, [id]);
                const us = Math.max(1, Math.round((performance.now() - t0) * 1000));
                for (const w of windows) {
                    w.hist.recordValue(us);
                    w.queries++;
                }
            }
            catch {
                if (!this.running)
                    break;
                for (const w of windows) {
                    w.errors++;
                    w.queries++;
                }
            }
            await new Promise((r) => setTimeout(r, pause));
        }
    }
    async stop() {
        this.running = false;
        await Promise.all(this.loops);
        await Promise.all(this.clients.map((c) => c.end().catch(() => undefined)));
        this.clients = [];
    }
}
/** Tables with a single-column integer primary key, and their largest key. */
async function discoverTargets(c) {
    const r = await c.query(`select c.oid::regclass::text as tbl, a.attname as pk
       from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum = i.indkey[0]
      where i.indisprimary and i.indnatts = 1 and a.atttypid in ('int2'::regtype, 'int4'::regtype, 'int8'::regtype) and ${USER_NS_SQL}`);
    const out = [];
    for (const row of r.rows) {
        const m = await c.query(`select max(${pg.escapeIdentifier(row.pk)})::text as m from ${row.tbl}`);
        out.push({ ref: row.tbl, pk: row.pk, maxId: Number(m.rows[0].m ?? 1) });
    }
    return out;
}
