// One size of a migrate run: build the data once (synthesized or restored) in a scratch
// database, then run the migrations on it — or, with repeats, on fresh copies of it (CREATE
// DATABASE … TEMPLATE) and keep the median, since one timing on a busy machine is noise.
import pg from 'pg';
import type { MigrateRun, MigrationResult } from '../../core/result-schema-migrate.ts';
import { ProbeError, UsageError } from '../../core/errors.ts';
import { LockSampler } from './lock-sampler.ts';
import { isServerFailure, runMigrations } from './migration-runner.ts';
import { runExternalCommand } from './external-command.ts';
import type { MigrateOptions } from './migrate-probe.ts';
import { snapshotRelations, tableRows } from './relation-snapshot.ts';
import { restoreDump } from './restore-dump.ts';
import { safeError, type ScratchDatabase, type ScratchServer } from './scratch-server.ts';
import { synthesize } from './synthesize.ts';
import { TrafficWorkload } from './traffic.ts';

async function connect(url: string, name: string, statementTimeoutMs?: number): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url, application_name: name, ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}) });
  c.on('error', () => undefined);
  try {
    await c.connect();
  } catch (err) {
    throw new ProbeError(`cannot connect to the scratch database: ${safeError(err)}`);
  }
  return c;
}

async function buildData(server: ScratchServer, db: ScratchDatabase, scale: number, o: MigrateOptions): Promise<{ dataset: Record<string, number>; synthesisMs: number }> {
  const c = await connect(db.url, 'shipgate-build');
  const t0 = performance.now();
  try {
    if (o.dataset) {
      await synthesize(c, o.dataset.spec, scale, { ...(o.signal ? { signal: o.signal } : {}), ...(o.events?.synthesis ? { events: o.events.synthesis } : {}) });
    } else if (o.dump) {
      o.events?.restoreStart?.(o.dump);
      await restoreDump(o.dump, db.url, server.major, o.signal ? { signal: o.signal } : {});
      await c.query('analyze');
    }
    return { dataset: tableRows(await snapshotRelations(c)), synthesisMs: Math.round(performance.now() - t0) };
  } catch (err) {
    o.signal?.throwIfAborted();
    if (err instanceof ProbeError || err instanceof UsageError) throw err;
    throw new ProbeError(`building the data failed: ${safeError(err)}`);
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** The migrations once, on `db`, watched by the lock sampler (and traffic). */
async function runOnce(db: ScratchDatabase, o: MigrateOptions, noteGap: (ms: number) => void): Promise<MigrationResult[]> {
  const migration = await connect(db.url, 'shipgate-migrate', o.statementTimeoutMs);
  let sampling: pg.Client | undefined;
  let sampler: LockSampler | undefined;
  let traffic: TrafficWorkload | undefined;
  try {
    sampling = await connect(db.url, 'shipgate-lock-sampler');
    const pid = (await migration.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    const s = (sampler = new LockSampler(sampling, o.sampleIntervalMs));
    if (o.traffic) {
      traffic = new TrafficWorkload({ url: db.url });
      await traffic.start();
    }
    s.watch([pid], traffic?.pids ?? []);
    s.start();
    const t = traffic;
    let cursor = 0;
    const hooks = t
      ? {
          before: () => {
            t.reset();
            cursor = s.cursor();
          },
          after: async () => {
            await new Promise((r) => setTimeout(r, 50)); // let queries blocked until commit finish
            for (const x of s.since(cursor)) t.noteLockWait(x.trafficLockWaitMs);
            return t.snapshot();
          },
        }
      : undefined;
    const sc = sampling;
    try {
      if (o.command) {
        hooks?.before();
        return [
          await runExternalCommand(o.command, {
            client: migration,
            dbUrl: db.url,
            sampler: s,
            excludePids: [pid],
            trafficPids: t?.pids ?? [],
            ...(o.signal ? { signal: o.signal } : {}),
            timeoutMs: o.statementTimeoutMs,
            ...(hooks ? { after: hooks.after } : {}),
          }),
        ];
      }
      return await runMigrations(o.migrations!, {
        client: migration,
        pid,
        sampler: s,
        ...(o.signal ? { signal: o.signal } : {}),
        ...(o.events ? { events: o.events } : {}),
        ...(hooks ? { hooks } : {}),
        cancel: async () => void (await sc.query('select pg_cancel_backend($1)', [pid]).catch(() => undefined)),
      });
    } catch (err) {
      o.signal?.throwIfAborted();
      if (err instanceof ProbeError || err instanceof UsageError) throw err;
      if (isServerFailure(err)) throw new ProbeError(`the scratch server failed during the migrations: ${safeError(err)}`);
      throw err;
    } finally {
      noteGap(s.maxGapMs);
    }
  } finally {
    await sampler?.stop();
    await traffic?.stop();
    await migration.end().catch(() => undefined);
    await sampling?.end().catch(() => undefined);
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The median repeat in full, with each statement's duration the median over repeats. */
export function mergeRepeats(repeats: MigrationResult[][]): MigrationResult[] {
  if (repeats.length === 1) return repeats[0]!;
  const totals = repeats.map((r) => r.reduce((s, m) => s + m.durationMs, 0));
  const order = totals.map((t, i) => [t, i] as const).sort((a, b) => a[0] - b[0]);
  const base = repeats[order[Math.floor(order.length / 2)]![1]]!;
  return base.map((m, mi) => ({
    ...m,
    durationMs: round(median(repeats.map((r) => r[mi]?.durationMs ?? m.durationMs))),
    statements: m.statements.map((s, si) => {
      const all = repeats.map((r) => r[mi]?.statements[si]?.durationMs).filter((d): d is number => d !== undefined);
      return { ...s, durationMs: round(median(all)), repeatsMs: all };
    }),
  }));
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

export async function runOneSize(server: ScratchServer, scale: number, o: MigrateOptions, noteGap: (ms: number) => void): Promise<MigrateRun> {
  const base = await server.createDatabase();
  try {
    const { dataset, synthesisMs } = await buildData(server, base, scale, o);
    const repeats: MigrationResult[][] = [];
    if (o.repeat <= 1) {
      repeats.push(await runOnce(base, o, noteGap));
    } else {
      for (let i = 0; i < o.repeat; i++) {
        o.signal?.throwIfAborted();
        const copy = await server.createDatabase(base.name);
        try {
          repeats.push(await runOnce(copy, o, noteGap));
        } finally {
          await copy.drop().catch(() => undefined);
        }
        if (repeats[i]!.some((m) => m.status === 'fail')) break; // a failure will not time better
      }
    }
    return { scale, dataset, synthesisMs, ...(repeats.length > 1 ? { repeats: repeats.length } : {}), migrations: mergeRepeats(repeats) };
  } finally {
    await base.drop().catch(() => undefined);
  }
}
