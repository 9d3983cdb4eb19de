// The migrate section of shipgate.config.* and the `shipgate migrate` flags, validated in one
// schema, then resolved (folders read, dataset loaded, sizes worked out) before anything
// starts: a bad input is a usage error (exit 2) and nothing is measured.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { DurationMs } from '../../lib/duration.ts';
import { UsageError } from '../../core/errors.ts';
import { formatIssues } from '../../core/load-file.ts';
import { loadDataset } from './dataset.ts';
import { readMigrations } from './migration-files.ts';
import type { MigrateOptions } from './migrate-probe.ts';

export const MigrateConfig = z
  .strictObject({
    /** Folder of NNN_name.sql / NNN_name.up.sql files. */
    migrations: z.string().min(1).optional(),
    /** An external migration tool to time as a whole (gets DATABASE_URL). */
    command: z.string().min(1).optional(),
    /** scenarios/*.dataset.yaml to synthesize. */
    dataset: z.string().min(1).optional(),
    /** A pg_dump file or folder to restore. */
    dump: z.string().min(1).optional(),
    /** A server the user names as scratch; default: shipgate's own throwaway cluster. */
    scratchUrl: z.string().min(1).optional(),
    /** Sizes as fractions of the dataset, e.g. [0.1, 0.3, 1]. */
    scale: z.array(z.number().positive().max(100)).min(1).optional(),
    /** Sizes as row counts of the dataset's largest table (instead of scale). */
    rows: z.array(z.number().int().positive()).min(1).optional(),
    /** Runs per size on fresh copies of the data; each statement keeps its best time. */
    repeat: z.number().int().min(1).max(20).default(1),
    /** Production row counts to project to, per table. */
    prodRows: z.record(z.string(), z.number().int().nonnegative()).default({}),
    /** Run a light read/write workload on the tables while migrations run. */
    traffic: z.boolean().default(false),
    /** Tables at least this large count for the lock and rewrite gates. */
    largeTableRows: z.number().int().nonnegative().default(100_000),
    sampleInterval: DurationMs.default(20).refine((ms) => ms >= 5 && ms <= 50, 'the lock sample interval must be 5ms..50ms'),
    statementTimeout: DurationMs.default(3_600_000),
  })
  .refine((c) => c.migrations || c.command, { message: 'set migrations (a folder) or command' })
  .refine((c) => !(c.dataset && c.dump), { message: 'dataset and dump are alternatives: set one' })
  .refine((c) => !(c.scale && c.rows), { message: 'scale and rows are alternatives: set one' })
  .refine((c) => !((c.scale || c.rows) && !c.dataset), { message: 'scale and rows need a dataset to resize' });
export type MigrateConfig = z.infer<typeof MigrateConfig>;

/** The playbook's migration gates (packaged gate files), with the traffic gates when traffic runs. */
export function migrateDefaultGates(c: MigrateConfig): string[] {
  return ['migrate.gates.yaml', ...(c.traffic ? ['migrate-traffic.gates.yaml'] : [])];
}

export function parseMigrateConfig(raw: unknown, where: string): MigrateConfig {
  const r = MigrateConfig.safeParse(raw);
  if (!r.success) throw new UsageError(formatIssues(where, r.error.issues));
  return r.data;
}

/** Everything the probe needs, read and checked. */
export async function resolveMigrateOptions(c: MigrateConfig): Promise<Omit<MigrateOptions, 'signal' | 'events' | 'log' | 'onPartial'>> {
  const migrations = c.migrations ? await readMigrations(c.migrations) : undefined;
  if (c.dump && !existsSync(c.dump)) throw new UsageError(`dump ${c.dump}: no such file or folder`, 'pg_dump -Fc -f prod.dump (custom format restores in parallel), then --dump prod.dump');
  const spec = c.dataset ? await loadDataset(c.dataset) : undefined;
  let scales = c.scale ?? [1];
  if (c.rows && spec) {
    const largest = Math.max(...Object.values(spec.tables).map((t) => t.rows));
    if (!largest) throw new UsageError(`${c.dataset}: rows needs a table with rows to scale`);
    scales = c.rows.map((r) => r / largest);
  }
  if (spec) {
    const unknown = Object.keys(c.prodRows).filter((t) => !spec.tables[t]);
    if (unknown.length) throw new UsageError(`prod rows name ${unknown.join(', ')}, not tables of ${c.dataset} (${Object.keys(spec.tables).join(', ')})`);
  }
  return {
    ...(migrations ? { migrations } : {}),
    ...(c.command ? { command: c.command } : {}),
    ...(spec && c.dataset ? { dataset: { spec, file: c.dataset } } : {}),
    ...(c.dump ? { dump: c.dump } : {}),
    ...(c.scratchUrl ? { scratchUrl: c.scratchUrl } : {}),
    scales: [...new Set(scales)],
    repeat: c.repeat,
    prodRows: c.prodRows,
    traffic: c.traffic,
    largeTableRows: c.largeTableRows,
    sampleIntervalMs: c.sampleInterval,
    statementTimeoutMs: c.statementTimeout,
  };
}
