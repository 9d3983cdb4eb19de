// A migrate run as progress: one-off lines (the scratch server, each size, a restore), a task
// per synthesized table (rows live on a terminal) and a task per migration file (statements
// live on a terminal, one line per statement in CI logs).
import type { Progress, ProgressTask } from '../../core/progress.ts';
import { int, ms } from '../../lib/format.ts';
import type { MigrateEvents } from './migrate-probe.ts';

export function migrateProgress(progress: Progress): MigrateEvents {
  const tables = new Map<string, ProgressTask>();
  let migration: ProgressTask | undefined;
  return {
    server: (version, where) => progress.line(`scratch server: ${version.split(' on ')[0]} — ${where}`),
    buildStart(scale, i, total) {
      if (total > 1) progress.line(`building size ${i + 1}/${total}: scale ${scale}`);
    },
    passStart(scale, _i, total, round, rounds) {
      if (total > 1 || rounds > 1) progress.line(`running migrations at scale ${scale}${rounds > 1 ? ` (round ${round + 1}/${rounds})` : ''}`);
    },
    restoreStart: (file) => progress.line(`restoring ${file} …`),
    synthesis: {
      tableStart(table, rows) {
        tables.set(table, progress.task(`synthesizing ${table}: ${int(rows)} rows`));
      },
      rows(table, done, total) {
        tables.get(table)?.update(done, total, `${int(done)}/${int(total)} rows`);
      },
      tableEnd(table, _rows, took) {
        tables.get(table)?.done(`in ${ms(took)}`);
        tables.delete(table);
      },
    },
    migrationStart(file, i, total) {
      migration = progress.task(`migration ${i + 1}/${total}: ${file}`);
    },
    statementEnd(file, done, total, s) {
      migration?.update(done, total, `${done}/${total} statements`);
      migration?.log(
        `  ${file} statement ${done}/${total}: ${ms(s.durationMs)}${s.rewrote.length ? ` (rewrote ${s.rewrote.join(', ')})` : ''}${s.error ? ` FAILED: ${s.error}` : ''}`,
      );
    },
    migrationEnd(m) {
      migration?.done(`${m.status === 'ok' ? 'done' : m.status.toUpperCase()} in ${ms(m.durationMs)}${m.error ? ` — ${m.error}` : ''}`);
      migration = undefined;
    },
  };
}
