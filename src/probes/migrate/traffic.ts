// --traffic: what users would feel while a migration runs. A few connections run a light
// read/write mix (point SELECT and a no-op UPDATE by primary key) on the tables that have a
// single-column integer primary key; latencies go into an HDR histogram per migration file,
// and the lock sampler watches these sessions for lock waits.
import pg from 'pg';
import type { TrafficStats } from './block.ts';
import { encodeHistogram, latencyFromHistogram, newLatencyHistogram } from '../../lib/histogram.ts';
import { USER_NS_SQL } from './relation-snapshot.ts';

interface Target {
  /** regclass text: already quoted as SQL needs it. */
  ref: string;
  pk: string;
  maxId: number;
}

export interface TrafficOptions {
  url: string;
  connections?: number;
  /** Pause between one client's queries: keeps the load light. */
  pauseMs?: number;
  /** Share of writes, 0..1. */
  writeShare?: number;
  /** No traffic query waits longer than this (it then counts as an error). */
  queryTimeoutMs?: number;
}

/** Latencies of the traffic queries that started inside one window. */
class Window {
  hist = newLatencyHistogram();
  queries = 0;
  errors = 0;
  maxWait = 0;

  stats(): TrafficStats {
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

export interface TrafficSnapshot {
  /** The whole migration file, from before BEGIN until after COMMIT. */
  file: TrafficStats;
  /** Per statement: the queries that started while it ran (or before the next one). */
  statements: TrafficStats[];
}

export class TrafficWorkload {
  private clients: pg.Client[] = [];
  private targets: Target[] = [];
  private running = false;
  private loops: Promise<void>[] = [];
  private file = new Window();
  private stmts: Window[] = [];
  private current = -1;

  constructor(private readonly o: TrafficOptions) {}

  get pids(): number[] {
    return this.clients.map((c) => (c as unknown as { processID: number }).processID);
  }

  async start(): Promise<void> {
    const n = this.o.connections ?? 2;
    for (let i = 0; i < n; i++) {
      const c = new pg.Client({ connectionString: this.o.url, application_name: 'shipgate-traffic', statement_timeout: this.o.queryTimeoutMs ?? 60_000 });
      await c.connect();
      c.on('error', () => undefined);
      this.clients.push(c);
    }
    this.targets = await discoverTargets(this.clients[0]!);
    this.running = true;
    this.loops = this.clients.map((c, i) => this.loop(c, i));
  }

  /** Start a new measurement window (one per migration file). */
  reset(): void {
    this.file = new Window();
    this.stmts = [];
    this.current = -1;
  }

  /** Statement `index` starts: queries from now on count for it too. */
  statementStart(index: number): void {
    this.current = index;
    this.stmts[index] = new Window();
  }

  /** Longest lock wait seen by the sampler for these sessions (for the file, or a statement). */
  noteLockWait(ms: number, statement?: number): void {
    const w = statement === undefined ? this.file : this.stmts[statement];
    if (w) w.maxWait = Math.max(w.maxWait, ms);
  }

  snapshot(): TrafficSnapshot {
    return { file: this.file.stats(), statements: Array.from(this.stmts, (w) => (w ?? new Window()).stats()) };
  }

  private async loop(c: pg.Client, seed: number): Promise<void> {
    let k = seed;
    const pause = this.o.pauseMs ?? 20;
    const writeShare = this.o.writeShare ?? 0.2;
    while (this.running && this.targets.length) {
      const t = this.targets[k++ % this.targets.length]!;
      const id = 1 + Math.floor(Math.random() * Math.max(1, t.maxId));
      const write = Math.random() < writeShare;
      const pk = pg.escapeIdentifier(t.pk);
      const sql = write ? `update ${t.ref} set ${pk} = ${pk} where ${pk} = $1` : `select * from ${t.ref} where ${pk} = $1`;
      const windows = [this.file, ...(this.current >= 0 ? [this.stmts[this.current]!] : [])];
      const t0 = performance.now();
      try {
        await c.query(sql, [id]);
        const us = Math.max(1, Math.round((performance.now() - t0) * 1000));
        for (const w of windows) {
          w.hist.recordValue(us);
          w.queries++;
        }
      } catch {
        if (!this.running) break;
        for (const w of windows) {
          w.errors++;
          w.queries++;
        }
      }
      await new Promise((r) => setTimeout(r, pause));
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
    await Promise.all(this.clients.map((c) => c.end().catch(() => undefined)));
    this.clients = [];
  }
}

/** Tables with a single-column integer primary key, and their largest key. */
async function discoverTargets(c: pg.Client): Promise<Target[]> {
  const r = await c.query<{ tbl: string; pk: string }>(
    `select c.oid::regclass::text as tbl, a.attname as pk
       from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum = i.indkey[0]
      where i.indisprimary and i.indnatts = 1 and a.atttypid in ('int2'::regtype, 'int4'::regtype, 'int8'::regtype) and ${USER_NS_SQL}`,
  );
  const out: Target[] = [];
  for (const row of r.rows) {
    const m = await c.query<{ m: string | null }>(`select max(${pg.escapeIdentifier(row.pk)})::text as m from ${row.tbl}`);
    out.push({ ref: row.tbl, pk: row.pk, maxId: Number(m.rows[0]!.m ?? 1) });
  }
  return out;
}
