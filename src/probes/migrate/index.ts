// The migrate probe: pending migrations timed against production-sized data in a scratch
// PostgreSQL: per statement its time, the locks it held and the tables it rewrote, the traffic
// users felt meanwhile, and the projection to production rows.
import type { Probe } from '../../core/probe.ts';
import { MigrateProbe } from './block.ts';
import { MIGRATE_FLAGS, MigrateConfig, type MigrateConfigInput } from './config.ts';
import { prepareMigrate, type MigratePrepared } from './prepare.ts';
import { migrateProgress } from './progress.ts';
import { MIGRATE_CATALOG } from './catalog.ts';
import { migrateMetricLookup } from './metrics.ts';
import { migrateComparables } from './comparables.ts';
import { migrateReport } from './report.ts';

export type { MigratePrepared } from './prepare.ts';

export const migrateProbe = {
  name: 'migrate',
  description: 'migrations timed on production-sized data in a scratch PostgreSQL: durations, locks, rewrites, traffic, projection',
  config: MigrateConfig,
  command: {
    name: 'migrate',
    description: 'time pending migrations on production-sized data in a scratch PostgreSQL: durations, locks, rewrites, projection',
    flags: MIGRATE_FLAGS,
    maxRunTime: 2 * 3_600_000,
  },
  block: MigrateProbe,

  prepare: (c, ctx) => prepareMigrate(c, ctx.where),

  async measure(p, ctx) {
    // pg, pg-copy-streams and the scratch cluster load only when migrations are measured.
    const { runMigrateProbe } = await import('./migrate-probe.ts');
    return runMigrateProbe({ ...p, signal: ctx.signal, log: ctx.log, onPartial: ctx.partial, events: migrateProgress(ctx.progress) });
  },

  // A bare { status, message } block is valid: what was measured before the failure is kept.
  errorBlock: (_p, message, partial) => ({ ...(partial ?? {}), status: 'error', message }),

  describe(p) {
    const what = p.command ? `command ${p.command}` : `${p.migrations?.length ?? 0} migration(s)`;
    const sizes = p.scales.length > 1 ? ` at ${p.scales.length} sizes` : '';
    const repeat = p.repeat > 1 ? `, ${p.repeat} runs each` : '';
    return `${what}${sizes}${repeat}${p.traffic ? ', with traffic' : ''}`;
  },

  gates: {
    defaults: (p) => ['migrate.gates.yaml', ...(p.traffic ? ['migrate-traffic.gates.yaml'] : [])],
  },

  metrics: { catalog: MIGRATE_CATALOG, lookup: migrateMetricLookup },
  comparables: migrateComparables,
  report: migrateReport,
} satisfies Probe<'migrate', MigrateConfigInput, MigrateConfig, MigratePrepared, MigrateProbe>;
