import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fitAndPredict, project } from '../../src/probes/migrate/projection.ts';
import { parseDataset } from '../../src/probes/migrate/dataset.ts';
import { readMigrations } from '../../src/probes/migrate/migration-files.ts';
import { runMigrateProbe } from '../../src/probes/migrate/migrate-probe.ts';
import { probeOptions } from '../fixtures/migrate/probe-options.ts';
import type { MigrateResult } from '../../src/probes/migrate/block.ts';

describe('fitAndPredict', () => {
  it('reads a clean line at the production size, with an interval around it', () => {
    const pts = [100, 200, 300].map((rows) => ({ rows, durationMs: 10 + rows * 2 + (rows === 200 ? 3 : 0) }));
    const f = fitAndPredict(pts, 1000);
    expect(f.trusted).toBe(true);
    expect(f.model).toBe('linear');
    expect(f.ms).toBeGreaterThan(1950);
    expect(f.ms).toBeLessThan(2060);
    expect(f.low).toBeLessThan(f.ms);
    expect(f.high).toBeGreaterThan(f.ms);
  });

  it('reports a fit too poor to trust when duration does not follow rows', () => {
    const f = fitAndPredict(
      [
        { rows: 100, durationMs: 900 },
        { rows: 200, durationMs: 200 },
        { rows: 300, durationMs: 1500 },
        { rows: 400, durationMs: 300 },
      ],
      10_000,
    );
    expect(f.trusted).toBe(false);
    expect(f.untrustedReason).toMatch(/does not follow rows/);
  });

  it('needs three sizes', () => {
    const f = fitAndPredict(
      [
        { rows: 100, durationMs: 500 },
        { rows: 200, durationMs: 1000 },
      ],
      1000,
    );
    expect(f.trusted).toBe(false);
    expect(f.ms).toBe(5000);
  });

  it('keeps a small but clearly row-driven statement linear', () => {
    const f = fitAndPredict(
      [
        { rows: 50_000, durationMs: 3.2 },
        { rows: 100_000, durationMs: 6.1 },
        { rows: 200_000, durationMs: 11.6 },
      ],
      2_000_000,
    );
    expect(f.model).toBe('linear');
    expect(f.ms).toBeGreaterThan(100);
  });

  it('projects a statement that is always fast as a constant', () => {
    const f = fitAndPredict(
      [
        { rows: 100, durationMs: 2 },
        { rows: 200, durationMs: 1 },
        { rows: 300, durationMs: 3 },
      ],
      600,
    );
    expect(f).toMatchObject({ model: 'constant', trusted: true, ms: 3 });
  });
});

// A projection fitted on the smaller sizes of a real PostgreSQL run: four sizes measured, a
// linear model for the rewrite, a positive estimate with an interval, the full run's own
// projection over all four sizes. How close the estimate lands on the measured rows (±30%
// at 1M in the migration issue) is a timing figure that moves with the machine's disk, cache and
// checkpoints: bench/migrate-projection.ts prints it (docs/benchmarks.md). The shape holds on a busy
// machine (a poor fit is still a linear model, flagged), so the e2e-parallel tier runs it.
describe('projection on a real PostgreSQL', () => {
  let dir: string;
  let probe: MigrateResult;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shipgate-proj-test-'));
    writeFileSync(join(dir, '001_widen.sql'), 'alter table events alter column amount type bigint;');
    const spec = parseDataset(
      {
        tables: {
          events: { rows: 400_000, columns: { id: { gen: 'sequence' }, amount: { gen: 'int', min: 0, max: 1000 }, tag: { gen: 'text', length: 8 } } },
        },
      },
      'test',
    );
    probe = await runMigrateProbe(
      probeOptions({
        migrations: await readMigrations(dir),
        dataset: { spec, file: 'inline' },
        scales: [0.2, 0.35, 0.5, 1],
        // Best of 2 fresh copies per size: the shape, not the accuracy, is checked here.
        repeat: 2,
      }),
    );
  });
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('projects the 400K-row rewrite from 80K..200K: a linear model, an estimate and its interval', () => {
    expect(probe.status).toBe('ok');
    const runs = probe.runs!;
    expect(runs.map((r) => r.dataset.events)).toEqual([80_000, 140_000, 200_000, 400_000]);
    const measured = runs[3]!.migrations[0]!.statements[0]!.durationMs;
    const p = project(runs.slice(0, 3), { events: 400_000 })!;
    const predicted = p.statements[0]!.estimate.ms;
    expect(p.statements[0]!.table).toBe('events');
    expect(p.statements[0]!.model).toBe('linear');
    if (process.env.SHOW_FIGURES)
      console.log({
        all: runs.map((r) => r.migrations[0]!.statements[0]!.repeatsMs),
        points: runs.map((r) => r.migrations[0]!.statements[0]!.durationMs),
        measured,
        predicted,
        interval: p.statements[0]!.estimate,
      });
    const { low, high } = p.statements[0]!.estimate;
    expect(measured).toBeGreaterThan(0);
    expect(predicted).toBeGreaterThan(0);
    expect(low).toBeLessThanOrEqual(predicted);
    expect(high).toBeGreaterThanOrEqual(predicted);
    // The full run also carries its own projection over all four sizes.
    expect(probe.projection!.statements[0]!.points).toHaveLength(4);
    expect(runs[3]!.migrations[0]!.statements[0]!.repeatsMs).toHaveLength(2);
  });
});
