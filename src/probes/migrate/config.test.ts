// The flag table and the config schema cannot drift: every flag sets a real key, and the
// flag parsers read what `shipgate migrate` always took.
import { describe, expect, it } from 'vitest';
import { MIGRATE_FLAGS, MigrateConfig, numberList, prodRows } from './config.ts';
import type { FlagSpec } from '../../core/probe.ts';

const specs = Object.entries(MIGRATE_FLAGS).flatMap(([key, s]) => (s === null ? [] : (Array.isArray(s) ? s : [s]).map((f: FlagSpec) => ({ key, f }))));

describe('migrate config and flags', () => {
  it('every flag path is a key of the config schema, under the key it is listed at', () => {
    const keys = Object.keys(MigrateConfig.shape);
    expect(Object.keys(MIGRATE_FLAGS).sort()).toEqual([...keys].sort());
    for (const { key, f } of specs) {
      expect(keys).toContain(f.path.split('.')[0]);
      expect(f.path.split('.')[0]).toBe(key);
    }
  });

  it('the flags of shipgate migrate, each once', () => {
    const flags = specs.map(({ f }) => f.flags.split(' ')[0]);
    expect(new Set(flags).size).toBe(flags.length);
    expect(flags).toEqual([
      '--migrations',
      '--command',
      '--dataset',
      '--dump',
      '--scratch-url',
      '--scale',
      '--rows',
      '--repeat',
      '--prod-rows',
      '--traffic',
      '--large-table-rows',
      '--sample-interval',
      '--statement-timeout',
    ]);
    expect(MIGRATE_FLAGS.scratchUrl).toMatchObject({ env: 'SHIPGATE_SCRATCH_URL' });
  });

  it('parses lists and production rows; --prod-rows repeats merge', () => {
    expect(numberList('0.1, 0.3,1')).toEqual([0.1, 0.3, 1]);
    expect(() => numberList('0.1,x')).toThrow(/not a list of positive numbers/);
    expect(prodRows('users=50000', prodRows('orders=1000000', undefined))).toEqual({ orders: 1_000_000, users: 50_000 });
    expect(() => prodRows('orders:10', {})).toThrow(/not table=rows/);
  });

  it('flag values parse through the schema (durations as text, whole numbers)', () => {
    const rows = (MIGRATE_FLAGS.rows as FlagSpec).parse!('1e5,250000.4', undefined);
    const c = MigrateConfig.parse({
      migrations: 'm',
      dataset: 'd.yaml',
      rows,
      sampleInterval: '10ms',
      statementTimeout: '2m',
      largeTableRows: (MIGRATE_FLAGS.largeTableRows as FlagSpec).parse!('5000', undefined),
    });
    expect(c).toMatchObject({
      rows: [100_000, 250_000],
      sampleInterval: 10,
      statementTimeout: 120_000,
      largeTableRows: 5000,
      repeat: 1,
      traffic: false,
      prodRows: {},
    });
    expect(MigrateConfig.safeParse({ migrations: 'm', sampleInterval: '100ms' }).success).toBe(false);
    expect(MigrateConfig.safeParse({ dataset: 'd.yaml' }).success).toBe(false);
  });
});
