// prepare reads and checks everything before anything starts; a bad input is a usage error
// naming the flag (or the config section) and nothing else happens.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../core/errors.ts';
import { MigrateConfig } from './config.ts';
import { migrateProbe } from './index.ts';

const FIX = 'test/fixtures/migrate';
const flags = { where: '--flags', allowHosts: [] };
const file = { where: 'shipgate.config.ts: migrate', allowHosts: [] };
const prepare = (raw: unknown, ctx = flags) => migrateProbe.prepare(MigrateConfig.parse(raw), ctx);

describe('migrate prepare', () => {
  it('reads the folder and the dataset, and works out the sizes', async () => {
    const p = await prepare({
      migrations: `${FIX}/small-migrations`,
      dataset: `${FIX}/small.dataset.yaml`,
      rows: [5000, 20000],
      prodRows: { items: 1_000_000 },
      traffic: true,
    });
    expect(p.migrations!.map((m) => m.file)).toEqual(['001_add_stock.sql', '002_price_bigint.up.sql']);
    expect(p.dataset!.file).toBe(`${FIX}/small.dataset.yaml`);
    expect(p.scales).toEqual([0.25, 1]);
    expect(p).toMatchObject({
      repeat: 1,
      prodRows: { items: 1_000_000 },
      traffic: true,
      largeTableRows: 100_000,
      sampleIntervalMs: 20,
      statementTimeoutMs: 3_600_000,
    });
    expect(migrateProbe.describe(p)).toBe('2 migration(s) at 2 sizes, with traffic');
    expect(migrateProbe.gates.defaults(p)).toEqual(['migrate.gates.yaml', 'migrate-traffic.gates.yaml']);
  });

  it('names the flag, or the config section, of a bad input', async () => {
    await expect(prepare({ migrations: `${FIX}/no-such-folder` })).rejects.toThrow(/^--migrations .*no-such-folder: cannot read the folder/);
    await expect(prepare({ migrations: `${FIX}/no-such-folder` }, file)).rejects.toThrow(
      /^shipgate.config.ts: migrate: migrations .*no-such-folder: cannot read the folder/,
    );
    await expect(prepare({ migrations: `${FIX}/small-migrations`, dump: `${FIX}/no.dump` })).rejects.toThrow(/^--dump .*no.dump: no such file or folder/);
    const dir = mkdtempSync(join(tmpdir(), 'shipgate-dump-'));
    try {
      await expect(prepare({ migrations: `${FIX}/small-migrations`, dump: dir })).rejects.toThrow(/not a pg_dump directory/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const err = await prepare({ migrations: `${FIX}/small-migrations`, dataset: `${FIX}/small.dataset.yaml`, prodRows: { orders: 5 } }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toBe(`--prod-rows: orders is not a table of ${FIX}/small.dataset.yaml (items)`);
  });

  it('an error block keeps what was measured', () => {
    const p = { scales: [1], repeat: 1, prodRows: {}, traffic: false, largeTableRows: 100_000, sampleIntervalMs: 20, statementTimeoutMs: 1000 };
    expect(migrateProbe.errorBlock(p, 'no server', undefined)).toEqual({ status: 'error', message: 'no server' });
    expect(migrateProbe.errorBlock(p, 'interrupted', { status: 'ok', dataset: { items: 3 } })).toEqual({
      status: 'error',
      message: 'interrupted',
      dataset: { items: 3 },
    });
    expect(migrateProbe.block.safeParse({ status: 'error', message: 'x' }).success).toBe(true);
  });
});
