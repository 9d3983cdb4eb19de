// The migrate sections render from result.json alone: Markdown, terminal and HTML.
import { describe, expect, it } from 'vitest';
import type { MigrateProbe } from '../probes/migrate/block.ts';
import { migrateSection } from './markdown-migrate.ts';
import { migrateTable } from './terminal-migrate.ts';
import { migrateHtmlSection } from './html/migrate.ts';

const probe: MigrateProbe = {
  status: 'ok',
  server: { version: 'PostgreSQL 15.18 (Debian) on x86_64', kind: 'embedded', where: 'embedded cluster on 127.0.0.1:5555', settings: { fsync: 'off' } },
  source: { kind: 'dataset', file: 'scenarios/demo.dataset.yaml' },
  dataset: { orders: 200_000 },
  migrations: [
    {
      file: '001_widen.sql',
      durationMs: 1234,
      status: 'ok',
      transaction: true,
      statements: [{ sql: 'alter table orders\n  alter column amount type bigint', durationMs: 1200, locks: [{ relation: 'orders', mode: 'AccessExclusiveLock', heldMs: 1210 }], rewrote: ['orders'] }],
      traffic: { queries: 50, errors: 0, latencyMs: { p50: 1, p95: 900, p99: 1100, max: 1150 }, maxLockWaitMs: 1100 },
    },
    { file: '002_bad.sql', durationMs: 3, status: 'fail', transaction: true, error: '002_bad.sql:1: syntax error', statements: [{ sql: 'alter tabel x', durationMs: 1, locks: [], rewrote: [], status: 'fail', error: 'syntax error at or near "tabel"' }] },
    { file: '003_later.sql', durationMs: 0, status: 'skipped', transaction: true, statements: [] },
  ],
  projection: {
    prodRows: { orders: 2_000_000 },
    totalMs: { ms: 12_000, low: 10_000, high: 14_000 },
    trusted: true,
    statements: [
      { file: '001_widen.sql', statement: 0, sql: 'alter table orders alter column amount type bigint', table: 'orders', points: [{ rows: 100_000, durationMs: 600 }, { rows: 200_000, durationMs: 1200 }], prodRows: 2_000_000, model: 'linear', r2: 0.99, estimate: { ms: 12_000, low: 10_000, high: 14_000 }, trusted: true },
    ],
  },
};

describe('migrate report sections', () => {
  it('Markdown: statement rows with lock, rewrite, failure, skip, traffic and projection', () => {
    const md = migrateSection(probe).join('\n');
    expect(md).toContain('| 001_widen.sql | 1 | `alter table orders alter column amount type bigint` | 1.20 s | ACCESS EXCLUSIVE orders 1.21 s | orders | 12.00 s (10.00 s–14.00 s) |');
    expect(md).toContain('❌ 002_bad.sql');
    expect(md).toContain('⏭ 003_later.sql');
    expect(md).toMatch(/\| 001_widen.sql \| 50 \| 0 \| 1.0 ms \| 900 ms \| 1.10 s \| 1.15 s \| 1.10 s \|/);
    expect(md).toContain('Projected at orders=2,000,000: 12.00 s (95% interval 10.00 s–14.00 s)');
  });

  it('terminal: a table with the projection line', () => {
    const t = migrateTable(probe);
    expect(t).toContain('PostgreSQL 15.18 (Debian)');
    expect(t).toContain('ACCESS EXCLUSIVE orders 1.21 s');
    expect(t).toContain('FAIL 002_bad.sql');
    expect(t).toContain('Projected at orders=2,000,000');
  });

  it('HTML: escaped rows and a projection chart', () => {
    const s = migrateHtmlSection(probe);
    expect(s.html).toContain('syntax error at or near &quot;tabel&quot;');
    const projection = s.charts?.find((c) => c.el === 'migrate-projection');
    expect(projection).toBeDefined();
    expect(s.charts?.map((c) => c.el)).toEqual(['migrate-timeline', 'migrate-projection']);
    expect(JSON.stringify(projection?.option)).toContain('[2000000,12000]');
  });

  it('renders a bare error block', () => {
    expect(migrateSection({ status: 'error', message: 'no server' }).join('\n')).toContain('## Migrations');
    expect(migrateHtmlSection({ status: 'error', message: 'no server' }).html).toContain('Could not measure: no server');
  });
});
