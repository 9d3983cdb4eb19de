// Everything the migrate probe needs, read and checked before anything starts: the migration
// folder read and split, the dataset loaded, the dump found, the sizes worked out. A bad input
// is a usage error (exit 2) naming the flag, or the config section it came from.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from "../../core/errors.js";
import { loadDataset } from "./dataset.js";
import { readMigrations } from "./migration-files.js";
/** How a setting is named in messages: the flag, or the key in the config section. */
function named(where, key, flag, value = '') {
    return (where.startsWith('--') ? `${flag} ${value}` : `${where}: ${key} ${value}`).trimEnd();
}
export async function prepareMigrate(c, where) {
    const migrations = c.migrations ? await readMigrations(c.migrations, named(where, 'migrations', '--migrations', c.migrations)) : undefined;
    if (c.dump)
        checkDump(c.dump, named(where, 'dump', '--dump', c.dump));
    const spec = c.dataset ? await loadDataset(c.dataset) : undefined;
    let scales = c.scale ?? [1];
    if (c.rows && spec) {
        const largest = Math.max(...Object.values(spec.tables).map((t) => t.rows));
        if (!largest)
            throw new UsageError(`${named(where, 'rows', '--rows')}: ${c.dataset} has no table with rows to scale`);
        scales = c.rows.map((r) => r / largest);
    }
    if (spec) {
        const unknown = Object.keys(c.prodRows).filter((t) => !spec.tables[t]);
        if (unknown.length)
            throw new UsageError(`${named(where, 'prodRows', '--prod-rows')}: ${unknown.join(', ')} ${unknown.length > 1 ? 'are not tables' : 'is not a table'} of ${c.dataset} (${Object.keys(spec.tables).join(', ')})`);
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
/** The dump is there, and a folder is a pg_dump directory (the format is told when restoring). */
function checkDump(path, name) {
    const hint = 'pg_dump -Fc -f prod.dump (custom format restores in parallel), then --dump prod.dump';
    if (!existsSync(path))
        throw new UsageError(`${name}: no such file or folder`, hint);
    if (statSync(path).isDirectory() && !existsSync(join(path, 'toc.dat')))
        throw new UsageError(`${name}: a folder, but not a pg_dump directory (no toc.dat)`, hint);
}
