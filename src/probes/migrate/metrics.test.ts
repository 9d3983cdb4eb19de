import { describe, expect, it } from 'vitest';
import type { MigrateProbe, MigrateResult } from './block.ts';
import { compileGate } from '../../gates/gate-spec.ts';
import { judgeGate } from '../../gates/judge.ts';
import { migrateMetricLookup } from './metrics.ts';
import { MIGRATE_CATALOG } from './catalog.ts';

const probe = (extra: Partial<MigrateProbe> = {}): MigrateResult => ({
  status: 'ok',
  server: { version: 'PostgreSQL 15.18' },
  dataset: { orders: 200_000, tags: 50 },
  largeTableRows: 100_000,
  migrations: [
    {
      file: '001_a.sql',
      durationMs: 3100,
      status: 'ok',
      transaction: true,
      statements: [
        {
          sql: 'alter table orders alter column x type bigint',
          durationMs: 3000,
          locks: [{ relation: 'orders', mode: 'AccessExclusiveLock', heldMs: 3050 }],
          rewrote: ['orders'],
        },
        {
          sql: 'alter table tags alter column y type bigint',
          durationMs: 100,
          locks: [{ relation: 'tags', mode: 'AccessExclusiveLock', heldMs: 9000 }],
          rewrote: ['tags'],
        },
      ],
    },
  ],
  ...extra,
});

const judge = (p: MigrateProbe, metric: string, expression: string) =>
  judgeGate(compileGate('migrate', { metric, expression, level: 'fail' }, 'test', { migrate: MIGRATE_CATALOG }), { migrate: migrateMetricLookup(p) });

describe('migrate gate metrics', () => {
  it('counts only locks and rewrites on large tables', () => {
    expect(judge(probe(), 'lock_access_exclusive_ms', 'value<=2000')).toMatchObject({ outcome: 'fail', actual: 3050 });
    expect(judge(probe(), 'table_rewrites', 'count==0')).toMatchObject({ outcome: 'fail', actual: 1 });
    expect(judge(probe({ largeTableRows: 1_000_000 }), 'table_rewrites', 'count==0')).toMatchObject({ outcome: 'pass', actual: 0 });
  });

  it('uses production rows to decide what is large, and projects lock holds with the statement', () => {
    const projection: MigrateProbe['projection'] = {
      prodRows: { tags: 500_000 },
      totalMs: { ms: 4000, low: 3000, high: 5000 },
      trusted: true,
      statements: [
        {
          file: '001_a.sql',
          statement: 0,
          sql: '',
          table: 'orders',
          points: [],
          prodRows: 200_000,
          model: 'linear',
          r2: 0.99,
          estimate: { ms: 3000, low: 2900, high: 3100 },
          trusted: true,
        },
        {
          file: '001_a.sql',
          statement: 1,
          sql: '',
          table: 'tags',
          points: [],
          prodRows: 500_000,
          model: 'linear',
          r2: 0.99,
          estimate: { ms: 1000, low: 900, high: 1100 },
          trusted: true,
        },
      ],
    };
    // tags is small here but large in production; its hold grows by the statement's extra 900 ms.
    expect(judge(probe({ projection }), 'lock_access_exclusive_ms', 'value<=2000')).toMatchObject({ outcome: 'fail', actual: 9900 });
    expect(judge(probe({ projection }), 'table_rewrites', 'count==0')).toMatchObject({ actual: 2 });
    expect(judge(probe({ projection }), 'migration_duration_ms', 'value<=300000')).toMatchObject({ outcome: 'pass', actual: 4000 });
  });

  it('an untrusted projection cannot pass the duration gate', () => {
    const projection: MigrateProbe['projection'] = {
      prodRows: {},
      totalMs: { ms: 10, low: 0, high: 20 },
      trusted: false,
      untrustedReason: 'r² 0.2',
      statements: [],
    };
    expect(judge(probe({ projection }), 'migration_duration_ms', 'value<=300000')).toMatchObject({ outcome: 'not-measured' });
  });

  it('without a projection the measured total is judged; failures and missing traffic are reported', () => {
    expect(judge(probe(), 'migration_duration_ms', 'value<=300000')).toMatchObject({ outcome: 'pass', actual: 3100 });
    const failed = probe();
    failed.migrations[0]!.status = 'fail';
    expect(judge(failed, 'migrations_failed', 'count==0')).toMatchObject({ outcome: 'fail', actual: 1 });
    expect(judge(probe(), 'traffic_query_duration', 'p(99)<500')).toMatchObject({ outcome: 'not-measured' });
  });
});

describe('traffic latency from the saved histograms', () => {
  it("merges each migration file's histogram and answers any percentile", async () => {
    const { encodeHistogram, newLatencyHistogram } = await import('../../lib/histogram.ts');
    const h = newLatencyHistogram();
    for (let ms = 1; ms <= 100; ms++) h.recordValue(ms * 1000);
    const traffic = { queries: 100, errors: 0, latencyMs: { p50: 50, p95: 95, p99: 99, max: 100 }, maxLockWaitMs: 7, histogram: encodeHistogram(h) };
    const p = probe();
    p.migrations[0] = { ...p.migrations[0]!, traffic };
    const lookup = migrateMetricLookup(p)('traffic_query_duration');
    if ('missing' in lookup) throw new Error(lookup.missing);
    expect(lookup.read({ kind: 'percentile', p: 99 })).toBeCloseTo(99, 0);
    expect(lookup.read({ kind: 'max' })).toBeCloseTo(100, 0);
    expect(judge(p, 'traffic_lock_wait_ms', 'value<10')).toMatchObject({ outcome: 'pass', actual: 7 });
  });
});
