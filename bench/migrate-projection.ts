// How close does a projection from 200K..500K rows land on the measured 1M-row table rewrite
// (ALTER COLUMN TYPE bigint) on a real PostgreSQL? The migration issue's target is ±30%;
// the figure moves with the machine's disk and checkpoints, so it is a bench, not a test.
//
//   npx tsx bench/migrate-projection.ts [--rounds 3]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { project } from '../src/probes/migrate/projection.ts';
import { parseDataset } from '../src/probes/migrate/dataset.ts';
import { readMigrations } from '../src/probes/migrate/migration-files.ts';
import { runMigrateProbe } from '../src/probes/migrate/migrate-probe.ts';
import { probeOptions } from '../test/fixtures/migrate/probe-options.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });
const dir = mkdtempSync(join(tmpdir(), 'shipgate-proj-bench-'));
writeFileSync(join(dir, '001_widen.sql'), 'alter table events alter column amount type bigint;');
const spec = parseDataset(
  { tables: { events: { rows: 1_000_000, columns: { id: { gen: 'sequence' }, amount: { gen: 'int', min: 0, max: 1000 }, tag: { gen: 'text', length: 8 } } } } },
  'bench',
);
try {
  for (let i = 1; i <= Number(values.rounds); i++) {
    const probe = await runMigrateProbe(
      probeOptions({ migrations: await readMigrations(dir), dataset: { spec, file: 'inline' }, scales: [0.2, 0.35, 0.5, 1], repeat: 4 }),
    );
    const runs = probe.runs!;
    const points = runs.map((r) => r.migrations[0]!.statements[0]!.durationMs);
    const measured = points[3]!;
    const est = project(runs.slice(0, 3), { events: 1_000_000 })!.statements[0]!.estimate;
    const err = (est.ms - measured) / measured;
    console.log(
      `round ${i}: best of 4 at 200K/350K/500K/1M = ${points.map((p) => p.toFixed(0)).join('/')} ms; predicted ${est.ms.toFixed(0)} ms (interval ${est.low.toFixed(0)}..${est.high.toFixed(0)}), measured ${measured.toFixed(0)} ms: ${(err * 100).toFixed(0)}% (target within ±30%)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
