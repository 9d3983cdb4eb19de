// --dump (custom and plain formats, and a corrupt one) and --command, against a real
// PostgreSQL used as the scratch server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startScratchCluster, type ScratchCluster } from '../../src/probes/migrate/scratch-cluster.ts';
import { readMigrations } from '../../src/probes/migrate/migration-files.ts';
import { runMigrateProbe, type MigrateOptions } from '../../src/probes/migrate/migrate-probe.ts';
import { probeOptions } from '../fixtures/migrate/probe-options.ts';
import { dumpFormat, rolesInPlainDump } from '../../src/probes/migrate/restore-dump.ts';
import { findBinDir } from '../../src/probes/migrate/pg-binaries.ts';
import { parseDataset } from '../../src/probes/migrate/dataset.ts';
import { readResult, runCli } from '../helpers.ts';

let cluster: ScratchCluster;
let url: string;
const dir = mkdtempSync(join(tmpdir(), 'shipgate-dump-test-'));
const bin = findBinDir(['pg_dump', 'psql'])!.dir;

beforeAll(async () => {
  cluster = await startScratchCluster();
  url = `postgresql://${cluster.user}:${encodeURIComponent(cluster.password)}@${cluster.host}:${cluster.port}/postgres`;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query('create database source');
  await c.end();
  const s = new pg.Client({ connectionString: url.replace(/\/postgres$/, '/source') });
  await s.connect();
  await s.query(
    'create table items (id bigint primary key, price int, label text); insert into items select g, g % 1000, md5(g::text) from generate_series(1, 30000) g',
  );
  await s.query('create role app_owner nologin; create role "Reporting" nologin; alter table items owner to app_owner; grant select on items to "Reporting"');
  await s.end();
  const env = { ...process.env, PGPASSWORD: cluster.password };
  const conn = ['-h', cluster.host, '-p', String(cluster.port), '-U', cluster.user, '-d', 'source'];
  execFileSync(join(bin, 'pg_dump'), [...conn, '-Fc', '-f', join(dir, 'shop.dump')], { env });
  execFileSync(join(bin, 'pg_dump'), [...conn, '-Fp', '--no-owner', '--no-privileges', '-f', join(dir, 'shop.sql')], { env });
  execFileSync(join(bin, 'pg_dump'), [...conn, '-Fp', '-f', join(dir, 'shop-owned.sql')], { env });
  const good = readFileSync(join(dir, 'shop.dump'));
  writeFileSync(join(dir, 'broken.dump'), good.subarray(0, Math.floor(good.length / 2)));
  mkdirSync(join(dir, 'migrations'));
  writeFileSync(join(dir, 'migrations', '001_widen.sql'), 'alter table items alter column price type bigint;');
});

afterAll(async () => {
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function probe(extra: Partial<MigrateOptions>) {
  return runMigrateProbe(probeOptions({ scratchUrl: url, ...extra }));
}

describe('--dump', () => {
  it('detects the format', () => {
    expect(dumpFormat(join(dir, 'shop.dump'))).toBe('custom');
    expect(dumpFormat(join(dir, 'shop.sql'))).toBe('plain');
  });

  for (const file of ['shop.dump', 'shop.sql']) {
    it(`restores ${file} and runs the migrations on it`, async () => {
      const p = await probe({ dump: join(dir, file), migrations: await readMigrations(join(dir, 'migrations')) });
      expect(p.status).toBe('ok');
      expect(p.source).toEqual({ kind: 'dump', file: join(dir, file) });
      expect(p.dataset).toEqual({ items: 30000 });
      expect(p.migrations[0]!.statements[0]!.rewrote).toEqual(['items']);
    });
  }

  it('a plain dump with owners and grants restores on the throwaway cluster (roles created there)', async () => {
    expect((await rolesInPlainDump(join(dir, 'shop-owned.sql'))).sort()).toEqual(['Reporting', 'app_owner']);
    const p = await runMigrateProbe(probeOptions({ dump: join(dir, 'shop-owned.sql'), migrations: await readMigrations(join(dir, 'migrations')) }));
    expect(p.status).toBe('ok');
    expect(p.server.kind).toBe('embedded');
    expect(p.dataset).toEqual({ items: 30000 });
  });

  it('a corrupt dump is an error (could not measure), not a pass', async () => {
    const p = await probe({ dump: join(dir, 'broken.dump'), migrations: await readMigrations(join(dir, 'migrations')) });
    expect(p.status).toBe('error');
    expect(p.message).toMatch(/restoring the dump failed \(pg_restore exit 1\)/);
    expect(p.migrations).toEqual([]);
  });

  it('shipgate migrate --dump with a corrupt dump: verdict error, exit 3, no migration run', async () => {
    const out = join(dir, 'cli-out');
    const r = await runCli(['migrate', '--migrations', join(dir, 'migrations'), '--dump', join(dir, 'broken.dump'), '--scratch-url', url, '--out', out]);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(3);
    const result = readResult(out);
    expect(result.verdict).toBe('error');
    expect(result.probes.migrate!.status).toBe('error');
    expect(result.probes.migrate!.message).toMatch(/restoring the dump failed \(pg_restore exit 1\)/);
    expect(result.probes.migrate!.migrations).toEqual([]);
    expect(result.gates.length).toBeGreaterThan(0);
    for (const g of result.gates) expect(g.outcome).toBe('error');
  });
});

describe('--command', () => {
  it('times an external tool as a whole and sees its locks and rewrites', async () => {
    const psql = `${join(bin, 'psql')} -X -q -v ON_ERROR_STOP=1`;
    const command = `${psql} -c 'begin' -c 'lock table items in access exclusive mode' -c 'select pg_sleep(0.4)' -c 'alter table items alter column price type bigint' -c 'commit'`;
    const spec = parseDataset({ tables: { items: { rows: 20000, columns: { id: { gen: 'sequence' }, price: { gen: 'int' } } } } }, 'test');
    const p = await probe({ command, dataset: { spec, file: 'inline' } });
    expect(p.status).toBe('ok');
    const m = p.migrations[0]!;
    expect(m.status).toBe('ok');
    expect(m.durationMs).toBeGreaterThan(400);
    const s = m.statements[0]!;
    expect(s.rewrote).toEqual(['items']);
    const ae = s.locks.find((l) => l.relation === 'items' && l.mode === 'AccessExclusiveLock');
    expect(ae?.heldMs).toBeGreaterThan(300);
  });

  it('a failing command fails its migration with the tool output', async () => {
    const p = await probe({ command: `${join(bin, 'psql')} -X -v ON_ERROR_STOP=1 -c 'alter table nope add column x int'` });
    expect(p.status).toBe('ok');
    expect(p.migrations[0]!.status).toBe('fail');
    expect(p.migrations[0]!.error).toMatch(/relation "nope" does not exist/);
  });
});
