// Read-only PostgreSQL sampling during a step: connections in use against max_connections,
// sessions waiting on locks, slow queries (> 1 s), and the top statements by time in the step
// from pg_stat_statements when the extension is there. One connection, read-only session.
// pg is loaded on connect: a ramp without a database never pays for it (~0.1 s of start-up).
import type pg from 'pg';

export interface DbSample {
  connections: number;
  waiting: number;
  slow: number;
}

const SAMPLE_SQL = `
  select count(*)::int as connections,
         count(*) filter (where wait_event_type = 'Lock')::int as waiting,
         count(*) filter (where state = 'active' and now() - query_start > interval '1 second')::int as slow
    from pg_stat_activity
   where backend_type = 'client backend' and pid <> pg_backend_pid()`;

const STATEMENTS_SQL = `select queryid::text as id, left(query, 200) as query, calls::float8 as calls, total_exec_time::float8 as total from pg_stat_statements`;

export class DbSampler {
  private client: pg.Client | undefined;
  maxConnections = 0;
  private statementsAtStart: Map<string, { query: string; calls: number; total: number }> | undefined;
  note: string | undefined;

  constructor(private readonly url: string) {}

  async connect(): Promise<void> {
    const { default: pgModule } = await import('pg');
    this.client = new pgModule.Client({ connectionString: this.url, application_name: 'shipgate-sampler', connectionTimeoutMillis: 5000 });
    await this.client.connect();
    await this.client.query('set default_transaction_read_only = on');
    await this.client.query("set statement_timeout = '2s'");
    const r = await this.client.query<{ max: string }>("select current_setting('max_connections') as max");
    this.maxConnections = Number(r.rows[0]!.max);
  }

  async sample(): Promise<DbSample | undefined> {
    if (!this.client) return undefined;
    const r = await this.client.query<DbSample>(SAMPLE_SQL);
    return r.rows[0];
  }

  private async statements(): Promise<Map<string, { query: string; calls: number; total: number }> | undefined> {
    if (!this.client) return undefined;
    try {
      const r = await this.client.query<{ id: string; query: string; calls: number; total: number }>(STATEMENTS_SQL);
      return new Map(r.rows.map((row) => [row.id, row]));
    } catch {
      this.note = 'pg_stat_statements is not installed: no top statements';
      return undefined;
    }
  }

  async stepStart(): Promise<void> {
    this.statementsAtStart = await this.statements();
  }

  /** The statements that took the most time during the step. */
  async topStatements(n = 5): Promise<{ query: string; calls: number; totalMs: number; meanMs: number }[] | undefined> {
    const before = this.statementsAtStart;
    const after = await this.statements();
    if (!before || !after) return undefined;
    const deltas = [...after.entries()].map(([id, a]) => {
      const b = before.get(id);
      const calls = a.calls - (b?.calls ?? 0);
      const total = a.total - (b?.total ?? 0);
      return { query: a.query, calls, totalMs: Math.round(total * 10) / 10, meanMs: calls > 0 ? Math.round((total / calls) * 100) / 100 : 0 };
    });
    return deltas
      .filter((d) => d.calls > 0 && !/pg_stat_(activity|statements)/.test(d.query))
      .sort((x, y) => y.totalMs - x.totalMs)
      .slice(0, n);
  }

  async close(): Promise<void> {
    await this.client?.end().catch(() => undefined);
    this.client = undefined;
  }
}
