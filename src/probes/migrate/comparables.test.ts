// What a baseline compares for migrations: stable keys, ms worse when higher, a noise floor,
// repeats as samples, projected values only from a trusted projection.
import { describe, expect, it } from 'vitest';
import type { MigrateProbe, MigrationResult } from './block.ts';
import { MIGRATE_NOISE_FLOOR_MS, migrateComparables } from './comparables.ts';

const widen: MigrationResult = {
  file: '001_widen.sql',
  durationMs: 1240,
  status: 'ok',
  transaction: true,
  statements: [
    {
      sql: 'alter table orders alter column amount type bigint',
      durationMs: 1200,
      locks: [{ relation: 'orders', mode: 'AccessExclusiveLock', heldMs: 1210 }],
      rewrote: ['orders'],
      repeatsMs: [1200, 1260, 1230],
    },
    {
      sql: 'alter table tags alter column t type text',
      durationMs: 30,
      locks: [{ relation: 'tags', mode: 'AccessExclusiveLock', heldMs: 5000 }],
      rewrote: ['tags'],
      repeatsMs: [30, 35, 31],
    },
  ],
};
const index: MigrationResult = {
  file: '002_index.sql',
  durationMs: 400,
  status: 'ok',
  transaction: false,
  statements: [
    {
      sql: 'create index concurrently on orders (amount)',
      durationMs: 390,
      locks: [{ relation: 'orders', mode: 'ShareUpdateExclusiveLock', heldMs: 390 }],
      rewrote: [],
      repeatsMs: [390, 420, 401],
    },
  ],
};

const block = (extra: Partial<MigrateProbe> = {}): MigrateProbe => ({
  status: 'ok',
  server: { version: 'PostgreSQL 16.4', where: 'embedded cluster on 127.0.0.1:54321' },
  dataset: { orders: 200_000, tags: 40 },
  largeTableRows: 100_000,
  migrations: [widen, index],
  ...extra,
});

const byKey = (b: MigrateProbe) => Object.fromEntries(migrateComparables(b).map((c) => [c.key, c]));

describe('migrate comparables', () => {
  it('each file, the whole set and the longest ACCESS EXCLUSIVE hold on a large table, as measured', () => {
    const c = byKey(block());
    expect(Object.keys(c)).toEqual([
      'migrate.migration_duration_ms{file:001_widen.sql}',
      'migrate.migration_duration_ms{file:002_index.sql}',
      'migrate.migration_duration_ms',
      'migrate.lock_access_exclusive_ms',
    ]);
    expect(c['migrate.migration_duration_ms{file:001_widen.sql}']).toMatchObject({
      probe: 'migrate',
      unit: 'ms',
      worse: 'higher',
      value: 1240,
      absoluteFloor: MIGRATE_NOISE_FLOOR_MS,
    });
    expect(c['migrate.migration_duration_ms']).toMatchObject({ value: 1640, worse: 'higher' });
    // tags is small: its longer hold does not count.
    expect(c['migrate.lock_access_exclusive_ms']).toMatchObject({ value: 1210, worse: 'higher', absoluteFloor: MIGRATE_NOISE_FLOOR_MS });
  });

  it('keys name no port, folder or server: the same from run to run', () => {
    const keys = migrateComparables(block()).map((c) => c.key);
    const other = migrateComparables(block({ server: { version: 'PostgreSQL 16.4', where: 'embedded cluster on 127.0.0.1:40001' } })).map((c) => c.key);
    expect(other).toEqual(keys);
    for (const k of keys) expect(k).not.toMatch(/127\.0\.0\.1|\/tmp|:\d{4,}/);
  });

  it('repeats are samples: each run summed over its statements', () => {
    const c = byKey(block());
    expect(c['migrate.migration_duration_ms{file:001_widen.sql}']!.samples).toEqual([1230, 1295, 1261]);
    expect(c['migrate.migration_duration_ms']!.samples).toEqual([1620, 1715, 1662]);
    expect(c['migrate.lock_access_exclusive_ms']!.samples).toBeUndefined();
    const once = block({ migrations: [{ ...index, statements: index.statements.map(({ repeatsMs: _, ...s }) => s) }] });
    expect(byKey(once)['migrate.migration_duration_ms']!.samples).toBeUndefined();
  });

  it('a trusted projection adds the set and the hold at production rows', () => {
    const projection: MigrateProbe['projection'] = {
      prodRows: { orders: 2_000_000 },
      totalMs: { ms: 16_000, low: 14_000, high: 18_000 },
      trusted: true,
      statements: [
        {
          file: '001_widen.sql',
          statement: 0,
          sql: '',
          table: 'orders',
          points: [],
          prodRows: 2_000_000,
          model: 'linear',
          r2: 0.99,
          estimate: { ms: 12_000, low: 10_000, high: 14_000 },
          trusted: true,
        },
      ],
    };
    const c = byKey(block({ projection }));
    expect(c['migrate.migration_duration_ms@production']).toMatchObject({ value: 16_000, worse: 'higher' });
    // The hold grows with its statement: 1210 + (12000 - 1200).
    expect(c['migrate.lock_access_exclusive_ms@production']).toMatchObject({ value: 12_010 });
    expect(c['migrate.migration_duration_ms']).toMatchObject({ value: 1640 });
    const untrusted = byKey(block({ projection: { ...projection, trusted: false, untrustedReason: 'R² 0.3' } }));
    expect(untrusted['migrate.migration_duration_ms@production']).toBeUndefined();
    expect(untrusted['migrate.lock_access_exclusive_ms@production']).toBeUndefined();
  });

  it('a failed run compares only the files that finished; an error block compares nothing', () => {
    const failed = block({ migrations: [widen, { ...index, status: 'fail', error: 'boom' }] });
    expect(migrateComparables(failed).map((c) => c.key)).toEqual(['migrate.migration_duration_ms{file:001_widen.sql}']);
    expect(migrateComparables({ status: 'error', message: 'no server' })).toEqual([]);
    expect(migrateComparables(block({ status: 'error', message: 'interrupted' }))).toEqual([]);
  });
});
