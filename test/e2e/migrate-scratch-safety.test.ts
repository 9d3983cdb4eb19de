// Done-when: on a server named with --scratch-url, a pre-existing database is byte-for-byte
// untouched after a run, shipgate's own database is gone, and the password appears nowhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startScratchCluster, type ScratchCluster } from '../../src/probes/migrate/scratch-cluster.ts';
import { readResult, runCli, spawnCli } from '../helpers.ts';

let cluster: ScratchCluster;
let url: string;
const root = mkdtempSync(join(tmpdir(), 'shipgate-safety-test-'));
/** A fresh output folder per test: no test reads another's result.json. */
const freshOut = () => mkdtempSync(join(root, 'out-'));

async function sql(db: string, text: string): Promise<pg.QueryResult> {
  const c = new pg.Client({ host: cluster.host, port: cluster.port, user: cluster.user, password: cluster.password, database: db });
  await c.connect();
  try {
    return await c.query(text);
  } finally {
    await c.end();
  }
}

/** Hash of every file of the `app` database, after a checkpoint has written its pages. */
async function appFiles(): Promise<Record<string, string>> {
  await sql('postgres', 'checkpoint');
  const oid = (await sql('postgres', "select oid from pg_database where datname = 'app'")).rows[0].oid;
  const dir = join(cluster.dir, 'data', 'base', String(oid));
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(dir, f)))
          .digest('hex'),
      ]),
  );
}

beforeAll(async () => {
  cluster = await startScratchCluster();
  url = `postgresql://${cluster.user}:${encodeURIComponent(cluster.password)}@${cluster.host}:${cluster.port}/postgres`;
  await sql('postgres', 'create database app');
  // Same table name as the dataset's: a run that wandered into `app` would change it.
  await sql('app', 'create table items (id bigint primary key, price int); insert into items select g, g from generate_series(1, 5000) g; analyze items');
});

afterAll(async () => {
  await cluster?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('--scratch-url', () => {
  it('leaves a pre-existing database byte-for-byte untouched, drops its own, prints no password', async () => {
    const out = freshOut();
    const before = await appFiles();
    expect(Object.keys(before).length).toBeGreaterThan(10);
    const r = await runCli([
      'migrate',
      '--migrations',
      'test/fixtures/migrate/small-migrations',
      '--dataset',
      'test/fixtures/migrate/small.dataset.yaml',
      '--scratch-url',
      url,
      '--out',
      out,
    ]);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(0); // 20K rows: under --large-table-rows, so the rewrite gate passes
    const result = readFileSync(join(out, 'result.json'), 'utf8');
    expect(readResult(out).probes.migrate?.status).toBe('ok');
    expect(readResult(out).probes.migrate?.server?.kind).toBe('url');
    expect(await appFiles()).toEqual(before);
    const dbs = (await sql('postgres', 'select datname from pg_database order by 1')).rows.map((x) => x.datname);
    expect(dbs).toEqual(['app', 'postgres', 'template0', 'template1']);
    // The URL's own database only issued CREATE/DROP DATABASE: no table of the run landed there.
    const tables = (await sql('postgres', "select tablename from pg_tables where schemaname not in ('pg_catalog', 'information_schema')")).rows;
    expect(tables).toEqual([]);
    for (const text of [r.stdout, r.stderr, result, readFileSync(join(out, 'report.md'), 'utf8')]) {
      expect(text).not.toContain(cluster.password);
      expect(text).not.toContain(encodeURIComponent(cluster.password));
    }
  });

  it("a double Ctrl-C (exit at once) still drops its database on the user's server", async () => {
    const out = freshOut();
    const run = spawnCli(['migrate', '--migrations', 'test/fixtures/migrate/sleep-migrations', '--scratch-url', url, '--out', out], { timeoutMs: 60_000 });
    await run.waitFor(/migration 1\/1/, 30_000);
    const during = (await sql('postgres', "select count(*)::int n from pg_database where datname like 'shipgate_scratch_%'")).rows[0].n;
    expect(during).toBe(1);
    // Freeze the migration's backend: the first Ctrl-C cancels its statement and waits for it,
    // so that cleanup provably cannot drop the database; only the second Ctrl-C's exit path can.
    let backend: number | undefined;
    for (const until = Date.now() + 10_000; backend === undefined && Date.now() < until; await new Promise((r) => setTimeout(r, 50))) {
      backend = (await sql('postgres', "select pid from pg_stat_activity where datname like 'shipgate_scratch_%' and query like '%pg_sleep%'")).rows[0]?.pid;
    }
    expect(backend, 'the migration never reached the server').toBeGreaterThan(0);
    process.kill(backend!, 'SIGSTOP');
    try {
      run.child.kill('SIGINT');
      await run.waitFor(/stopping load and cleaning up/);
      await new Promise((r) => setTimeout(r, 300)); // the first cleanup now waits on the frozen backend
      run.child.kill('SIGINT');
    } finally {
      process.kill(backend!, 'SIGCONT'); // so DROP ... WITH (FORCE) can end it
    }
    expect((await run.exited).code).toBe(130);
    const after = (await sql('postgres', "select count(*)::int n from pg_database where datname like 'shipgate_scratch_%'")).rows[0].n;
    expect(after).toBe(0);
  });

  it('a wrong password: could not measure (exit 3), and the attempted password is not printed', async () => {
    const wrong = 'Wr0ngSecretXyz';
    const bad = url.replace(encodeURIComponent(cluster.password), wrong);
    const out = freshOut();
    const r = await runCli(['migrate', '--migrations', 'test/fixtures/migrate/small-migrations', '--scratch-url', bad, '--out', out]);
    expect(r.code).toBe(3);
    const result = readFileSync(join(out, 'result.json'), 'utf8');
    expect(JSON.parse(result).probes.migrate.message).toMatch(
      /cannot connect to the scratch server postgresql:\/\/[^@\s]*\*\*\*@127\.0\.0\.1.*password authentication failed/,
    );
    for (const text of [r.stdout, r.stderr, result]) expect(text).not.toContain(wrong);
  });
});
