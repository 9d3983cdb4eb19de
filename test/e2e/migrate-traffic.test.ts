// --traffic: a table rewrite under ACCESS EXCLUSIVE shows up as lock waits and a high p99 in
// the user-facing workload; a catalog-only change does not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDataset } from '../../src/probes/migrate/dataset.ts';
import { readMigrations } from '../../src/probes/migrate/migration-files.ts';
import { runMigrateProbe } from '../../src/probes/migrate/migrate-probe.ts';
import { probeOptions } from '../fixtures/migrate/probe-options.ts';
import type { MigrateResult } from '../../src/probes/migrate/block.ts';

const dir = mkdtempSync(join(tmpdir(), 'shipgate-traffic-test-'));
let p: MigrateResult;

beforeAll(async () => {
  writeFileSync(join(dir, '001_add_flag.sql'), 'alter table accounts add column flag boolean not null default false;');
  writeFileSync(join(dir, '002_widen.sql'), 'alter table accounts alter column balance type bigint;');
  const spec = parseDataset(
    { tables: { accounts: { rows: 500_000, columns: { id: { gen: 'sequence' }, balance: { gen: 'int' }, name: { gen: 'text', length: 12 } } } } },
    'test',
  );
  p = await runMigrateProbe(probeOptions({ migrations: await readMigrations(dir), dataset: { spec, file: 'inline' }, traffic: true }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('traffic during migrations', () => {
  it('measures queries per migration, with lock waits only where the table was locked long', () => {
    expect(p.status).toBe('ok');
    const [add, widen] = p.migrations;
    expect(add!.traffic!.queries).toBeGreaterThan(0);
    expect(add!.traffic!.errors).toBe(0);
    expect(add!.traffic!.maxLockWaitMs).toBeLessThan(100);
    const rewrite = widen!.statements[0]!.durationMs;
    expect(rewrite).toBeGreaterThan(150);
    expect(widen!.traffic!.errors).toBe(0);
    // Blocked for most of the rewrite: the wait and the worst latency both show it.
    expect(widen!.traffic!.maxLockWaitMs).toBeGreaterThan(rewrite * 0.5);
    expect(widen!.traffic!.latencyMs.max).toBeGreaterThan(rewrite * 0.5);
    expect(widen!.traffic!.histogram).toBeTruthy();
    // The statement's own window sees the same: its queries waited on its lock.
    const st = widen!.statements[0]!.traffic!;
    expect(st.queries).toBeGreaterThan(0);
    expect(st.maxLockWaitMs).toBeGreaterThan(rewrite * 0.5);
    expect(st.latencyMs.max).toBeGreaterThan(rewrite * 0.5);
  });
});
