import { MigrateProbe } from "./block.js";
import { MIGRATE_FLAGS, MigrateConfig } from "./config.js";
import { prepareMigrate } from "./prepare.js";
import { migrateProgress } from "./progress.js";
import { MIGRATE_CATALOG } from "./catalog.js";
import { migrateMetricLookup } from "./metrics.js";
import { migrateComparables } from "./comparables.js";
import { migrateReport } from "./report.js";
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
        const { runMigrateProbe } = await import("./migrate-probe.js");
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
};
