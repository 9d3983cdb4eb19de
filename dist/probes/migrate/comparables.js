import { longestAccessExclusive } from "./metrics.js";
/** Smaller changes than this are never a regression: a scratch server's timing noise. */
export const MIGRATE_NOISE_FLOOR_MS = 50;
export function migrateComparables(b) {
    const migrations = b.migrations ?? [];
    if (b.status === 'error' || !migrations.length)
        return [];
    const out = [];
    const add = (key, label, value, samples) => out.push({
        probe: 'migrate',
        key: `migrate.${key}`,
        label,
        unit: 'ms',
        worse: 'higher',
        value,
        absoluteFloor: MIGRATE_NOISE_FLOOR_MS,
        ...(samples ? { samples } : {}),
    });
    // A failed file stopped early and the files after it did not run: their times say nothing.
    for (const m of migrations.filter((m) => m.status === 'ok')) {
        add(`migration_duration_ms{file:${m.file}}`, `migration ${m.file}`, m.durationMs, runSums(m.statements));
    }
    if (migrations.some((m) => m.status !== 'ok'))
        return out;
    const total = Math.round(migrations.reduce((s, m) => s + m.durationMs, 0) * 10) / 10;
    add('migration_duration_ms', 'all migrations (measured)', total, runSums(migrations.flatMap((m) => m.statements)));
    const hold = longestAccessExclusive(b, false);
    if (hold)
        add('lock_access_exclusive_ms', 'longest ACCESS EXCLUSIVE hold on a large table (measured)', hold.ms);
    // An untrusted fit swings from run to run: comparing it would only flap.
    const proj = b.projection;
    if (proj?.trusted) {
        add('migration_duration_ms@production', 'all migrations, projected to production rows', proj.totalMs.ms);
        const projected = longestAccessExclusive(b, true);
        if (projected)
            add('lock_access_exclusive_ms@production', 'longest ACCESS EXCLUSIVE hold on a large table, projected to production rows', projected.ms);
    }
    return out;
}
/**
 * With --repeat: the time of each run, summed over the statements (each statement keeps its
 * runs in repeatsMs). Undefined unless every statement has the same two or more runs.
 */
function runSums(statements) {
    const runs = statements[0]?.repeatsMs?.length ?? 0;
    if (runs < 2 || statements.some((s) => s.repeatsMs?.length !== runs))
        return undefined;
    return Array.from({ length: runs }, (_, r) => Math.round(statements.reduce((sum, s) => sum + s.repeatsMs[r], 0) * 10) / 10);
}
