import { REL_NAME_SQL, USER_NS_SQL } from "./relation-snapshot.js";
/** Table locks of the sessions `pidFilter` selects (an SQL condition on l.pid). */
export function locksSql(pidFilter) {
    return `select l.relation::int8::float8 as oid, ${REL_NAME_SQL} as relation, l.mode, l.granted, l.pid
   from pg_locks l join pg_class c on c.oid = l.relation join pg_namespace n on n.oid = c.relnamespace
  where l.locktype = 'relation' and ${pidFilter} and c.relkind in ('r', 'm', 'p') and ${USER_NS_SQL}`;
}
// $1: the sessions to watch, or null for every other session in this database except $3
// (an external migration tool opens its own connections).
const WATCHED = `(case when $1::int[] is null
  then l.database = (select oid from pg_database where datname = current_database()) and l.pid <> all($3::int[]) and l.pid <> pg_backend_pid()
  else l.pid = any($1::int[]) end)`;
const SAMPLE_SQL = `select coalesce((select json_agg(x) from (${locksSql(WATCHED)}) x), '[]') as locks,
  coalesce((select max(extract(epoch from clock_timestamp() - a.query_start) * 1000)
     from pg_stat_activity a where a.pid = any($2::int[]) and a.wait_event_type = 'Lock'), 0)::float8 as wait_ms`;
export class LockSampler {
    client;
    intervalMs;
    samples = [];
    running = false;
    loop;
    watched = [];
    traffic = [];
    excluded = [];
    /** Sampling gaps longer than the interval (a busy machine): reported, not hidden. */
    maxGapMs = 0;
    constructor(client, intervalMs = 20) {
        this.client = client;
        this.intervalMs = intervalMs;
    }
    watch(pids, trafficPids = []) {
        this.watched = pids;
        this.traffic = trafficPids;
    }
    /** Watch every session in the database except these (for an external tool). */
    watchAllExcept(excluded, trafficPids = []) {
        this.watched = null;
        this.excluded = [...excluded, ...trafficPids];
        this.traffic = trafficPids;
    }
    start() {
        if (this.running)
            return;
        this.running = true;
        this.loop = this.run();
    }
    async run() {
        let last = performance.now();
        while (this.running) {
            const t0 = performance.now();
            try {
                const r = await this.client.query(SAMPLE_SQL, [this.watched, this.traffic, this.excluded]);
                const t1 = performance.now();
                const at = (t0 + t1) / 2;
                this.maxGapMs = Math.max(this.maxGapMs, at - last);
                last = at;
                this.samples.push({ at, locks: r.rows[0].locks, trafficLockWaitMs: r.rows[0].wait_ms });
            }
            catch {
                if (!this.running)
                    break;
            }
            const wait = this.intervalMs - (performance.now() - t0);
            if (wait > 0)
                await new Promise((r) => setTimeout(r, wait));
        }
    }
    /** Position to read samples from later. */
    cursor() {
        return this.samples.length;
    }
    since(cursor) {
        return this.samples.slice(cursor);
    }
    async stop() {
        this.running = false;
        await this.loop;
    }
}
