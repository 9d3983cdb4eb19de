// The migrate report sections, drawn by the block renderers from a block alone: statement
// times, the strongest lock and its hold, rewrites, failures, traffic and the projection.
import { describe, expect, it } from 'vitest';
import type { MigrateProbe } from './block.ts';
import { migrateReport } from './report.ts';
import { echartsOption, htmlSection, markdownSection, terminalSection } from '../../reports/blocks.ts';
import type { ChartBlock } from '../../core/report-model.ts';

const probe: MigrateProbe = {
  status: 'ok',
  server: { version: 'PostgreSQL 15.18 (Debian) on x86_64', kind: 'embedded', where: 'embedded cluster on 127.0.0.1:5555', settings: { fsync: 'off' } },
  source: { kind: 'dataset', file: 'scenarios/demo.dataset.yaml' },
  dataset: { orders: 200_000 },
  largeTableRows: 100_000,
  lockSampleIntervalMs: 20,
  lockSampleGapMs: 31.5,
  migrations: [
    {
      file: '001_widen.sql',
      durationMs: 1234,
      status: 'ok',
      transaction: true,
      statements: [
        {
          sql: 'alter table orders\n  alter column amount type bigint',
          durationMs: 1200,
          locks: [
            { relation: 'orders', mode: 'AccessExclusiveLock', heldMs: 1210, waitedMs: 4 },
            { relation: 'customers', mode: 'AccessShareLock', heldMs: 1210 },
          ],
          rewrote: ['orders'],
          repeatsMs: [1200, 1260, 1230],
        },
      ],
      traffic: { queries: 50, errors: 0, latencyMs: { p50: 1, p95: 900, p99: 1100, max: 1150 }, maxLockWaitMs: 1100 },
    },
    {
      file: '002_bad.sql',
      durationMs: 3,
      status: 'fail',
      transaction: true,
      error: '002_bad.sql:1: syntax error',
      statements: [{ sql: 'alter tabel x', durationMs: 1, locks: [], rewrote: [], status: 'fail', error: 'syntax error at or near "tabel"' }],
    },
    { file: '003_later.sql', durationMs: 0, status: 'skipped', transaction: true, statements: [] },
  ],
  runs: [
    {
      scale: 0.5,
      dataset: { orders: 100_000 },
      synthesisMs: 800,
      migrations: [{ file: '001_widen.sql', durationMs: 610, status: 'ok', transaction: true, statements: [] }],
    },
    {
      scale: 1,
      dataset: { orders: 200_000 },
      synthesisMs: 1600,
      migrations: [{ file: '001_widen.sql', durationMs: 1234, status: 'ok', transaction: true, statements: [] }],
    },
  ],
  projection: {
    prodRows: { orders: 2_000_000 },
    totalMs: { ms: 12_000, low: 10_000, high: 14_000 },
    trusted: true,
    statements: [
      {
        file: '001_widen.sql',
        statement: 0,
        sql: 'alter table orders alter column amount type bigint',
        table: 'orders',
        points: [
          { rows: 100_000, durationMs: 600 },
          { rows: 200_000, durationMs: 1200 },
        ],
        prodRows: 2_000_000,
        model: 'linear',
        r2: 0.99,
        estimate: { ms: 12_000, low: 10_000, high: 14_000 },
        trusted: true,
      },
    ],
  },
};

const sections = () => migrateReport(probe, []);
const md = () =>
  sections()
    .flatMap((s) => markdownSection(s))
    .join('\n');
const html = () => sections().map(htmlSection).join('');
const terminal = () => sections().flatMap(terminalSection).join('\n');
const chart = (id: string) =>
  sections()
    .flatMap((s) => s.blocks)
    .find((b): b is ChartBlock => b.kind === 'chart' && b.id === id);

describe('migrate report sections', () => {
  it('Markdown: the Migrations heading, statement rows with time, lock and hold, rewrite, failure and skip', () => {
    const text = md();
    expect(text).toContain('## Migrations');
    expect(text).toContain('PostgreSQL 15.18 (Debian) · dataset scenarios/demo.dataset.yaml · orders 200,000');
    expect(text).toContain(
      '| 001_widen.sql | 1 | `alter table orders alter column amount type bigint` | 1.20 s | ⚠️ ACCESS EXCLUSIVE on orders | 1.21 s | ⚠️ orders | 3 | 0.0 ms |',
    );
    expect(text).toContain('❌ FAIL 002_bad.sql');
    expect(text).toContain('syntax error at or near "tabel"');
    expect(text).toContain('skipped 003_later.sql');
    expect(text).toContain('Locks sampled every 20 ms (longest gap 31.5 ms)');
    expect(text).toContain('- scratch server: embedded cluster on 127.0.0.1:5555');
    expect(text).toContain('- durability off (scratch data only): fsync=off');
  });

  it('Markdown: locks that block writes, traffic, projection and sizes', () => {
    const text = md();
    expect(text).toContain('**Locks that block writes (held until the transaction ends)**');
    expect(text).toContain('| 001_widen.sql | 1 | orders | ⚠️ ACCESS EXCLUSIVE | 1.21 s | 4.0 ms | 200,000 |');
    expect(text).not.toContain('| customers |'); // ACCESS SHARE does not block writes: not in the lock table
    expect(text).toMatch(/\| 001_widen.sql \| 50 \| 0 \| 1.0 ms \| 900 ms \| 1.10 s \| 1.15 s \| 1.10 s \|/);
    expect(text).toContain('Projected at orders=2,000,000: 12.00 s (95% interval 10.00 s–14.00 s)');
    expect(text).toContain('| 001_widen.sql | 1 | orders | 200,000 | 2,000,000 | linear | 0.99 | 12.00 s | 10.00 s | 14.00 s | ✅ trusted |');
    expect(text).toContain('| all migrations | – | – | – | – | – | – | 12.00 s | 10.00 s | 14.00 s | ✅ trusted |');
    expect(text).toContain('| 0.5 | 100,000 | 800 ms | 1 | 610 ms |');
    expect(text).toContain('| skipped 003_later.sql | – | (not run) | – |');
  });

  it('the headline counts what ran and failed, and carries the projection', () => {
    const [s] = sections();
    expect(s!.title).toBe('Migrations');
    expect(s!.headline).toEqual({
      text: '2 of 3 migration(s) ran in 1.24 s; FAILED: 002_bad.sql; 1 skipped · Projected at orders=2,000,000: 12.00 s (95% interval 10.00 s–14.00 s)',
      tone: 'bad',
    });
  });

  it('terminal: the dataset line, the statement table without detail columns, the projection', () => {
    const t = terminal();
    expect(t).toContain('PostgreSQL 15.18 (Debian)');
    expect(t).toContain('ACCESS EXCLUSIVE on orders');
    expect(t).toContain('1.21 s');
    expect(t).toContain('FAIL 002_bad.sql');
    expect(t).toContain('Projected at orders=2,000,000');
    expect(t).toContain('12.00 s');
    expect(t).not.toContain('starts at');
    expect(t).not.toContain('Locks sampled every'); // a note for the written reports
  });

  it('HTML: escaped rows, the timeline and the projection charts', () => {
    const h = html();
    expect(h).toContain('<h2>Migrations</h2>');
    expect(h).toContain('syntax error at or near &quot;tabel&quot;');
    const ids = sections()
      .flatMap((s) => s.blocks)
      .filter((b) => b.kind === 'chart')
      .map((b) => (b as ChartBlock).id);
    expect(ids).toEqual(['migrate-timeline', 'migrate-projection']);
    expect(h).toContain('id="migrate-timeline"');
    const timeline = chart('migrate-timeline')!;
    expect(timeline.x.categories).toEqual(['001_widen.sql #1', '002_bad.sql #1']);
    expect(timeline.series.map((s) => [s.name, s.data])).toEqual([
      [
        'statement',
        [
          ['001_widen.sql #1', 1200],
          ['002_bad.sql #1', 1],
        ],
      ],
      [
        'ACCESS EXCLUSIVE held',
        [
          ['001_widen.sql #1', 1210],
          ['002_bad.sql #1', null],
        ],
      ],
      [
        'other lock held',
        [
          ['001_widen.sql #1', 1210],
          ['002_bad.sql #1', null],
        ],
      ],
    ]);
    expect(JSON.stringify(echartsOption(chart('migrate-projection')!))).toContain('[2000000,12000]');
  });

  it('numbers stay numbers: durations are cells of ms columns, never pre-formatted text', () => {
    const table = sections()[0]!.blocks.find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('no table');
    const time = table.columns.findIndex((c) => c.label === 'time');
    expect(table.columns[time]!.unit).toBe('ms');
    expect(table.rows[0]![time]).toBe(1200);
  });

  it('an untrusted projection warns, and says why', () => {
    const untrusted: MigrateProbe = {
      ...probe,
      migrations: probe.migrations!.slice(0, 1),
      projection: { ...probe.projection!, trusted: false, untrustedReason: 'R² 0.41 below 0.9' },
    };
    const [s] = migrateReport(untrusted, []);
    expect(s!.headline).toEqual({ text: expect.stringContaining('NOT TRUSTED: R² 0.41 below 0.9'), tone: 'warn' });
  });

  it('renders a bare error block', () => {
    const [s] = migrateReport({ status: 'error', message: 'no server' }, []);
    expect(markdownSection(s!).join('\n')).toContain('## Migrations');
    expect(markdownSection(s!).join('\n')).toContain('Could not measure: no server');
    expect(htmlSection(s!)).toContain('Could not measure: no server');
    expect(terminalSection(s!)).toEqual(['Could not measure: no server']);
  });
});
