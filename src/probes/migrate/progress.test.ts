// The migrate progress in a CI log: the same plain lines as before the probe contract (a
// recording Progress that writes what a CI log shows: a task's label when it starts, the
// label and its summary when it ends, and its log lines).
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../core/progress.ts';
import { migrateProgress } from './progress.ts';

function ciLog(): { progress: Progress; lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    progress: {
      line: (t) => lines.push(t),
      task: (label) => {
        lines.push(`${label} ...`);
        return { update: () => {}, log: (l) => lines.push(l), done: (s) => lines.push(`${label} ${s}`) };
      },
    },
  };
}

describe('migrate progress', () => {
  it('server, synthesis per table, each migration and its statements', () => {
    const { progress, lines } = ciLog();
    const e = migrateProgress(progress);
    e.server!('PostgreSQL 16.4 on x86_64-pc-linux-gnu', 'embedded cluster on 127.0.0.1:5432');
    e.buildStart!(0.5, 0, 2);
    e.synthesis!.tableStart!('items', 20000);
    e.synthesis!.rows!('items', 10000, 20000);
    e.synthesis!.tableEnd!('items', 20000, 1234);
    e.passStart!(0.5, 0, 2, 0, 1);
    e.migrationStart!('001_slow.sql', 0, 1);
    e.statementEnd!('001_slow.sql', 1, 1, { sql: 'alter table items alter price type bigint', durationMs: 250, locks: [], rewrote: ['items'] });
    e.migrationEnd!({ file: '001_slow.sql', durationMs: 260, status: 'ok', transaction: true, statements: [] });
    e.migrationStart!('002_bad.sql', 1, 2);
    e.migrationEnd!({ file: '002_bad.sql', durationMs: 3, status: 'fail', error: 'syntax error', transaction: true, statements: [] });
    expect(lines).toEqual([
      'scratch server: PostgreSQL 16.4 — embedded cluster on 127.0.0.1:5432',
      'building size 1/2: scale 0.5',
      'synthesizing items: 20,000 rows ...',
      'synthesizing items: 20,000 rows in 1.23 s',
      'running migrations at scale 0.5',
      'migration 1/1: 001_slow.sql ...',
      '  001_slow.sql statement 1/1: 250 ms (rewrote items)',
      'migration 1/1: 001_slow.sql done in 260 ms',
      'migration 2/2: 002_bad.sql ...',
      'migration 2/2: 002_bad.sql FAIL in 3.0 ms — syntax error',
    ]);
  });
});
